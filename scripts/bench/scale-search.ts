/**
 * The search side of the scale benchmark: the sharded index (src/search/shards.ts)
 * built from a site's search records and searched as the worker searches it. For
 * each query of the fixed set, searched first on a fresh engine: the kilobytes
 * (gzip) fetched before its results can show, the dictionary and the shards it
 * needed; then, with those shards kept, query latency over many runs. The whole-
 * index engine (what the browser ran before) is measured beside it on the same
 * records where asked (tests/search/sharded-engine.build.test.ts checks that both
 * give the same results).
 */
import { gzipSync } from 'node:zlib';
import { createSearchEngine, firstOfEachGroup } from '../../src/search/engine';
import type { SearchRecord } from '../../src/search/records';
import { buildSearchIndex } from '../../src/search/search-index';
import { createShardedSearch, type ShardedSearch } from '../../src/search/sharded-engine';
import type { SearchDictionary, SearchShard } from '../../src/search/shard-files';
import { buildShardedIndex } from '../../src/search/shards';
import { EMPTY_SEARCH } from '../../src/search/state';
import { kb, ms, percentile, QUERIES } from './search-latency';

/** What the search page asks for: 50 results of each kind. */
const PER_GROUP = 50;

export interface ShardedSearchMeasure {
  name: string;
  records: number;
  shards: number;
  dictionaryGzip: number;
  /** Gzip bytes fetched before the first results of a query, from a cold start: median and largest over the query set. */
  firstSearch: { p50: number; max: number; worstQuery: string };
  query: { p50: number; p95: number };
  /** Measured only where asked: over a large index it takes minutes. */
  wholeIndex?: { gzip: number; p50: number; p95: number };
}

export async function measureShardedSearch(name: string, records: readonly SearchRecord[], { runs, wholeIndex }: { runs: number; wholeIndex: boolean }): Promise<ShardedSearchMeasure> {
  const { dictionary, shards } = buildShardedIndex(records);
  const dictionaryJson = JSON.stringify(dictionary);
  const shardJson = shards.map((shard) => JSON.stringify(shard));
  const shardGzip = shardJson.map((json) => gzipSync(json).length);
  const dictionaryGzip = gzipSync(dictionaryJson).length;
  const open = () => {
    const fetched = new Set<number>();
    const search = createShardedSearch(JSON.parse(dictionaryJson) as SearchDictionary, async (shard) => {
      fetched.add(shard);
      return JSON.parse(shardJson[shard]!) as SearchShard;
    });
    return { search, fetched };
  };

  const firstBytes: { query: string; bytes: number }[] = [];
  const bytesOf = (shards: ReadonlySet<number>) => dictionaryGzip + [...shards].reduce((sum, shard) => sum + shardGzip[shard]!, 0);
  for (const query of QUERIES) {
    const cold = open();
    // What had been fetched when the first results could show: the early answer's, or else the full answer's.
    let early: number | undefined;
    await cold.search({ state: { ...EMPTY_SEARCH, query }, perGroup: PER_GROUP, onFirstResults: () => (early = bytesOf(cold.fetched)) });
    firstBytes.push({ query, bytes: early ?? bytesOf(cold.fetched) });
  }
  const worst = firstBytes.reduce((most, entry) => (entry.bytes > most.bytes ? entry : most));

  const warm = open().search;
  const times = await timeQueries(warm, runs);
  return {
    name,
    records: records.length,
    shards: shards.length,
    dictionaryGzip,
    firstSearch: { p50: percentile(firstBytes.map((entry) => entry.bytes), 50), max: worst.bytes, worstQuery: worst.query },
    query: { p50: percentile(times, 50), p95: percentile(times, 95) },
    ...(wholeIndex && { wholeIndex: wholeIndexTimes(records, runs) }),
  };
}

async function timeQueries(search: ShardedSearch, runs: number): Promise<number[]> {
  // Each query once to fetch and open its shards, as the first search does; then timed.
  for (const query of QUERIES) await search({ state: { ...EMPTY_SEARCH, query }, perGroup: PER_GROUP });
  const times: number[] = [];
  for (const query of QUERIES) {
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      await search({ state: { ...EMPTY_SEARCH, query }, perGroup: PER_GROUP });
      times.push(performance.now() - started);
    }
  }
  return times;
}

/** The engine the browser ran before: the whole index fetched and every query run over all of it. */
function wholeIndexTimes(records: readonly SearchRecord[], runs: number): NonNullable<ShardedSearchMeasure['wholeIndex']> {
  const json = JSON.stringify(buildSearchIndex([...records]));
  const engine = createSearchEngine(JSON.parse(json) as ReturnType<typeof buildSearchIndex>);
  const times: number[] = [];
  for (const query of QUERIES) {
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      firstOfEachGroup(engine({ ...EMPTY_SEARCH, query }), PER_GROUP);
      times.push(performance.now() - started);
    }
  }
  return { gzip: gzipSync(json).length, p50: percentile(times, 50), p95: percentile(times, 95) };
}

export function printShardedSearch(rows: readonly ShardedSearchMeasure[]): void {
  console.log(`\nSearch, sharded index as the browser's worker searches it (${QUERIES.length} queries, ${PER_GROUP} results of each kind):\n`);
  console.log('| site | records | shards | dictionary gzip | first search p50 (gzip) | first search, largest | query p50 | query p95 | before: whole index gzip | before: query p50 / p95 |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${row.records.toLocaleString('en-GB')} | ${row.shards} | ${kb(row.dictionaryGzip)} | ${kb(row.firstSearch.p50)} | ${kb(row.firstSearch.max)} “${row.firstSearch.worstQuery.slice(0, 24)}” | ${ms(row.query.p50)} | ${ms(row.query.p95)} | ${row.wholeIndex ? kb(row.wholeIndex.gzip) : 'not measured'} | ${row.wholeIndex ? `${ms(row.wholeIndex.p50)} / ${ms(row.wholeIndex.p95)}` : 'not measured'} |`,
    );
  }
}

/** The search half of the bench's last line. */
export function shardedSearchSummary(row: ShardedSearchMeasure): string {
  return `${row.records.toLocaleString('en-GB')} records, first search ${(row.firstSearch.p50 / 1024).toFixed(0)} kB gz, query p95 ${row.query.p95.toFixed(0)} ms`;
}
