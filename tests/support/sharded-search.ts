import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { searchDictionaryPath, searchShardPath } from '../../src/routes';
import { createShardedSearch, type ShardedSearch } from '../../src/search/sharded-engine';
import type { SearchDictionary, SearchShard } from '../../src/search/shard-files';

/** The files of a built site's sharded search index, read as the worker fetches them. */
export interface ShardedFiles {
  dictionary: string;
  shard(shard: number): Promise<string>;
}

export async function shardedFilesIn(dist: string): Promise<ShardedFiles & { version: string }> {
  const dictionary = await readFile(join(dist, searchDictionaryPath), 'utf8');
  const { version } = JSON.parse(dictionary) as SearchDictionary;
  return { dictionary, version, shard: (shard) => readFile(join(dist, searchShardPath(version, shard)), 'utf8') };
}

/** The worker's search over those files, counting what it fetched: `fetched` lists the shards, in the order asked for. */
export function shardedSearchOver(files: ShardedFiles): { search: ShardedSearch; fetched: number[] } {
  const fetched: number[] = [];
  const search = createShardedSearch(JSON.parse(files.dictionary) as SearchDictionary, async (shard) => {
    fetched.push(shard);
    return JSON.parse(await files.shard(shard)) as SearchShard;
  });
  return { search, fetched };
}
