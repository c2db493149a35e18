import type { SearchRecord } from './records';

/** The files of the sharded search index (built by shards.ts, read by sharded-engine.ts). */

/** `/search-index/dictionary.json`. */
export interface SearchDictionary {
  /** Changes with every change of content: shard files carry it in their names, so a dictionary never meets shards of another build. */
  version: string;
  /** How many records there are, and Fuse's count of indexed field values: with `df`, what Fuse weighs a word by over the whole index. */
  records: number;
  fieldCount: number;
  /** Each shard's record count; shard n holds the records after those of shards 0 to n − 1. */
  shards: number[];
  /**
   * Every word of the folded text: `[df, first shard, gap to the next, …]`, where df
   * is the number of field values holding the word (Fuse's document frequency).
   */
  words: Record<string, number[]>;
}

/** `/search-index/<version>-<n>.json`. */
export interface SearchShard {
  version: string;
  /** The id (place in the whole index) of the first record. */
  start: number;
  records: SearchRecord[];
}

/** The shards a dictionary entry names. */
export function shardsOf(entry: readonly number[]): number[] {
  const shards: number[] = [];
  for (let index = 1; index < entry.length; index++) shards.push((shards.at(-1) ?? 0) + entry[index]!);
  return shards;
}
