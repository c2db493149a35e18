import { createHash } from 'node:crypto';
import Fuse from 'fuse.js';
import { DOCUMENT_FUSE_OPTIONS } from './options';
import type { SearchRecord } from './records';
import { searchDocument } from './search-index';
import type { SearchDictionary, SearchShard } from './shard-files';

/**
 * The search index split for fetching on demand: a small dictionary of every indexed
 * word, each with the shards holding it, and the records in shards of consecutive
 * ids (claims first, then passages, events and people, as `buildSearchRecords`
 * orders them). The browser fetches the dictionary on first use and then only the
 * shards holding a query's words or their typo-near variants (sharded-engine.ts).
 * Built when the site is built; never read by the page itself, only by the worker.
 */

export interface ShardedIndex {
  dictionary: SearchDictionary;
  shards: SearchShard[];
}

/**
 * About 48 kB of JSON, 12–16 kB compressed: small enough that a query needing one
 * shard costs little more than the dictionary, large enough that a common word does
 * not mean a hundred requests.
 */
const SHARD_BYTES = 48 * 1024;

export function buildShardedIndex(records: readonly SearchRecord[], { shardBytes = SHARD_BYTES } = {}): ShardedIndex {
  const documents = records.map(searchDocument);
  const version = createHash('sha256').update(JSON.stringify(records)).digest('hex').slice(0, 12);
  const shards = cutShards(records, version, shardBytes);
  const shardOf = shardNumbers(shards);
  const shardsOfWord = new Map<string, Set<number>>();
  documents.forEach((document, id) => {
    for (const value of Object.values(document).flat()) {
      for (const word of value.split(' ')) {
        if (word === '') continue;
        let found = shardsOfWord.get(word);
        if (!found) shardsOfWord.set(word, (found = new Set()));
        found.add(shardOf[id]!);
      }
    }
  });
  // Fuse's own count of each word over the whole index, so that a search over some records weighs words as one over all would.
  const inverted = new Fuse(documents, DOCUMENT_FUSE_OPTIONS)._invertedIndex!;
  const words: Record<string, number[]> = {};
  for (const [word, found] of [...shardsOfWord].sort(([a], [b]) => (a < b ? -1 : 1))) {
    words[word] = [inverted.df.get(word) ?? 0, ...gaps([...found].sort((a, b) => a - b))];
  }
  return { dictionary: { version, records: records.length, fieldCount: inverted.fieldCount, shards: shards.map((shard) => shard.records.length), words }, shards };
}

function cutShards(records: readonly SearchRecord[], version: string, shardBytes: number): SearchShard[] {
  const shards: SearchShard[] = [];
  let current: SearchShard = { version, start: 0, records: [] };
  let bytes = 0;
  records.forEach((record, id) => {
    const size = JSON.stringify(record).length;
    if (current.records.length > 0 && bytes + size > shardBytes) {
      shards.push(current);
      current = { version, start: id, records: [] };
      bytes = 0;
    }
    current.records.push(record);
    bytes += size;
  });
  if (current.records.length > 0) shards.push(current);
  return shards;
}

function shardNumbers(shards: readonly SearchShard[]): number[] {
  return shards.flatMap((shard, number) => shard.records.map(() => number));
}

const gaps = (sorted: readonly number[]) => sorted.map((value, index) => (index === 0 ? value : value - sorted[index - 1]!));
