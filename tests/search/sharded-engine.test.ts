import { describe, expect, it } from 'vitest';
import { createSearchEngine, firstOfEachGroup } from '../../src/search/engine';
import { buildSearchRecords } from '../../src/search/records';
import { buildSearchIndex } from '../../src/search/search-index';
import { createShardedSearch, FIRST_SHARDS, type ShardLoader } from '../../src/search/sharded-engine';
import type { SearchShard } from '../../src/search/shard-files';
import { buildShardedIndex } from '../../src/search/shards';
import { EMPTY_SEARCH } from '../../src/search/state';
import { CONTENT } from '../support/search-fixture';

/** The sharded engine over a small corpus cut into shards of a few records, with shards that fail. */

const records = buildSearchRecords(CONTENT);
// A few hundred bytes a shard: about a record in each.
const { dictionary, shards } = buildShardedIndex(records, { shardBytes: 250 });
const json = shards.map((shard) => JSON.stringify(shard));
const whole = createSearchEngine(buildSearchIndex(records));

const fromFiles: ShardLoader = async (shard) => JSON.parse(json[shard]!) as SearchShard;
const failing =
  (fail: (shard: number) => Promise<SearchShard> | undefined): ShardLoader =>
  (shard) =>
    fail(shard) ?? fromFiles(shard);
const ids = (outcome: { groups: { records: { id: string }[] }[] }) => outcome.groups.flatMap((group) => group.records.map((record) => record.id));
const ask = (query: string) => ({ state: { ...EMPTY_SEARCH, query }, perGroup: 10 });

describe('createShardedSearch', () => {
  it('cuts the fixture into several shards, and gives what the whole index gives', async () => {
    expect(shards.length).toBeGreaterThan(3);
    const search = createShardedSearch(dictionary, fromFiles);
    for (const query of ['death toll', 'ISIS-K', 'isis', '390km', 'killed', 'crisis', 'nothing here']) {
      const answer = (await search(ask(query)))!;
      expect(ids(answer.outcome), query).toEqual(ids(firstOfEachGroup(whole({ ...EMPTY_SEARCH, query }), 10)));
    }
  });

  const claimShard = shards.findIndex((shard) => shard.records.some((record) => record.id === 'toll'));

  it.each([
    ['is offline', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['answers 404', () => Promise.reject(new Error('Search shard could not be loaded (HTTP 404).'))],
    ['is truncated JSON', async () => JSON.parse(json[claimShard]!.slice(0, 40)) as SearchShard],
    ['is from another build', async () => ({ ...(JSON.parse(json[claimShard]!) as SearchShard), version: 'other' })],
    ['has lost records', async () => ({ ...(JSON.parse(json[claimShard]!) as SearchShard), records: [] })],
  ])('gives the results found elsewhere, and says a shard is missing, when one %s', async (_, fail) => {
    const search = createShardedSearch(
      dictionary,
      failing((shard) => (shard === claimShard ? fail() : undefined)),
    );
    const answer = (await search(ask('death toll')))!;
    expect(answer.missingShards).toBe(1);
    expect(ids(answer.outcome)).not.toContain('toll');
    expect(ids(answer.outcome)).toEqual(expect.arrayContaining(['p-long', 'dead']));
  });

  it('fetches a shard that failed again at the next search', async () => {
    let offline = true;
    const search = createShardedSearch(
      dictionary,
      failing((shard) => (offline && shard === claimShard ? Promise.reject(new TypeError('Failed to fetch')) : undefined)),
    );
    expect((await search(ask('death toll')))!.missingShards).toBe(1);
    offline = false;
    const again = (await search(ask('death toll')))!;
    expect(again.missingShards).toBe(0);
    expect(ids(again.outcome)[0]).toBe('toll');
  });

  it('tells the results of the first shards while the rest load, then gives the full answer', async () => {
    const fetched: number[] = [];
    const search = createShardedSearch(dictionary, async (shard) => {
      fetched.push(shard);
      return fromFiles(shard);
    });
    const early: string[][] = [];
    const answer = (await search({ ...ask('death toll crisis'), onFirstResults: (first) => early.push(ids(first.outcome)) }))!;
    expect(fetched.length).toBeGreaterThan(FIRST_SHARDS);
    expect(early).toHaveLength(1);
    expect(early[0]!.length).toBeGreaterThan(0);
    expect(early[0]!.length).toBeLessThan(ids(answer.outcome).length);
    expect(ids(answer.outcome)).toEqual(ids(firstOfEachGroup(whole({ ...EMPTY_SEARCH, query: 'death toll crisis' }), 10)));
  });

  it('drops a search overtaken while its shards were loading', async () => {
    const search = createShardedSearch(dictionary, fromFiles);
    await expect(search({ ...ask('death toll'), stillWanted: () => false })).resolves.toBeUndefined();
  });
});
