/**
 * Search latency, measured on an index file as the browser gets it: the time to load
 * and parse it, and per-query latency over a fixed query set, with the same engine
 * the browser runs. Used for the real corpus, the synthetic ×100 corpus and the
 * synthetic site of the scale benchmark.
 */
import { gzipSync } from 'node:zlib';
import { createSearchEngine } from '../../src/search/engine';
import type { SearchIndexFile } from '../../src/search/search-index';
import { EMPTY_SEARCH } from '../../src/search/state';

/** What readers type: names, typos, phrases, questions, numbers, nothing that matches, and hostile input. */
export const QUERIES = [
  'Medvedev',
  'Medvedv',
  'Sergeeva',
  'Putin',
  'Beslan',
  'duty to warn',
  'what did Medvedev say',
  'death penalty',
  'Crocus City Hall',
  'ISKP',
  'Islamic State Khorasan',
  'inteligence warnings',
  'Bortnikov blamed Ukraine',
  'mobilisation 300,000',
  '133',
  'terrorist attack on a concert hall in Moscow',
  'qwxzyv',
  '<script>alert(1)</script>',
  "'=!^$| Putin",
  'a'.repeat(5000),
];

export function measureSearch(name: string, json: string, records: number, { loads, runs }: { loads: number; runs: number }) {
  const loadTimes: number[] = [];
  let engine = createSearchEngine(JSON.parse(json) as SearchIndexFile);
  for (let run = 0; run < loads; run++) {
    const started = performance.now();
    engine = createSearchEngine(JSON.parse(json) as SearchIndexFile);
    loadTimes.push(performance.now() - started);
  }
  const cold: number[] = [];
  const warm: number[] = [];
  const perQuery = QUERIES.map((query) => {
    const times: number[] = [];
    cold.push(time(() => engine({ ...EMPTY_SEARCH, query })));
    for (let run = 0; run < runs; run++) times.push(time(() => engine({ ...EMPTY_SEARCH, query })));
    warm.push(...times);
    return { query, p95: percentile(times, 95) };
  });
  const slowest = perQuery.reduce((worst, entry) => (entry.p95 > worst.p95 ? entry : worst));
  return {
    name,
    records,
    raw: Buffer.byteLength(json),
    gzip: gzipSync(json).length,
    load: { p50: percentile(loadTimes, 50), p95: percentile(loadTimes, 95) },
    cold: { p50: percentile(cold, 50) },
    warm: { p50: percentile(warm, 50), p95: percentile(warm, 95) },
    slowest,
  };
}

function time(action: () => void): number {
  const started = performance.now();
  action();
  return performance.now() - started;
}

export function percentile(values: readonly number[], rank: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((rank / 100) * sorted.length) - 1)]!;
}

export const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`);
export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
