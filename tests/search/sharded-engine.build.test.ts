import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createSearchEngine, firstOfEachGroup, matchingClaimsIn, type SearchOutcome } from '../../src/search/engine';
import type { SearchIndexFile } from '../../src/search/search-index';
import { EMPTY_SEARCH, type SearchState } from '../../src/search/state';
import { QUERIES } from '../../scripts/bench/search-latency';
import { DIST } from '../support/project';
import { shardedFilesIn, shardedSearchOver } from '../support/sharded-search';

/** The sharded index the browser searches gives what a search over the whole index gives, on the real site. */

const whole = createSearchEngine(JSON.parse(await readFile(`${DIST}search-index.json`, 'utf8')) as SearchIndexFile);
const files = await shardedFilesIn(DIST);

const READER_QUERIES = ['death toll', 'ISIS-K', 'embassy concerts', 'Bryansk suspects', 'duty to warn', '390km', 'Piknik', 'Sergeeva', 'Kerman', 'kil', 'us'];

/** What a results list shows: each group's kind, records in order, counts. */
const shown = (outcome: SearchOutcome) => ({
  total: outcome.total,
  hiddenByFilters: outcome.hiddenByFilters,
  groups: outcome.groups.map(({ kind, records, count, complete }) => ({ kind, ids: records.map((record) => record.id), count, complete })),
});

const states: SearchState[] = [
  ...[...QUERIES, ...READER_QUERIES].map((query) => ({ ...EMPTY_SEARCH, query })),
  { ...EMPTY_SEARCH, query: 'Putin', type: 'attributed' },
  { ...EMPTY_SEARCH, query: 'warn', article: 'washington-post-enemy-of-all' },
  { ...EMPTY_SEARCH, claimant: 'dmitry-medvedev' },
];

describe('the sharded search index in dist/', () => {
  it.each([4, 50])('gives the same results as the whole index, %i of each kind', async (perGroup) => {
    const { search } = shardedSearchOver(files);
    for (const state of states) {
      const answer = (await search({ state, perGroup, article: 'economist-uses-of-terror' }))!;
      const expected = whole(state);
      expect(shown(answer.outcome), JSON.stringify(state)).toEqual(shown(firstOfEachGroup(expected, perGroup)));
      expect(answer.claimsInArticle.sort(), JSON.stringify(state)).toEqual(matchingClaimsIn(expected, 'economist-uses-of-terror').sort());
      expect(answer.missingShards).toBe(0);
    }
  });

  it('fetches only the shards holding a query’s words, each once', async () => {
    const { search, fetched } = shardedSearchOver(files);
    await search({ state: { ...EMPTY_SEARCH, query: 'qwxzyv' }, perGroup: 4 });
    expect(fetched).toEqual([]);
    await search({ state: { ...EMPTY_SEARCH, query: 'Piknik' }, perGroup: 4 });
    const forPiknik = [...fetched];
    expect(forPiknik.length).toBeGreaterThan(0);
    await search({ state: { ...EMPTY_SEARCH, query: 'Piknik' }, perGroup: 4 });
    expect(fetched).toEqual(forPiknik);
  });
});
