/**
 * Search, measured: the size of the index (raw and gzip), the time to load and parse
 * it, and per-query latency over a fixed query set, on the real corpus (the built
 * `dist/search-index.json`) and on a synthetic corpus 100 times larger, generated
 * here and never written to disk. It runs the same modules the browser runs.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { buildSearchIndex, type SearchIndexFile } from '../../src/search/search-index';
import { kb, measureSearch, ms, QUERIES } from './search-latency';
import { syntheticCorpus } from './synthetic-corpus';

const DIST = new URL('../../dist/', import.meta.url);
const SCALE = 100;

export default async function searchBenchmark(): Promise<void> {
  const indexUrl = new URL('search-index.json', DIST);
  if (!existsSync(indexUrl)) throw new Error('dist/search-index.json is missing: run `npm run build` first (`npm run bench` does).');
  const served = await readFile(indexUrl, 'utf8');
  const real = (JSON.parse(served) as SearchIndexFile).records;

  const started = performance.now();
  const synthetic = JSON.stringify(buildSearchIndex(syntheticCorpus(real, SCALE)));
  const buildMs = performance.now() - started;

  const rows = [measureSearch('real', served, real.length, { loads: 30, runs: 20 }), measureSearch(`synthetic ×${SCALE}`, synthetic, real.length * SCALE, { loads: 5, runs: 3 })];
  console.log(`Fixed query set: ${QUERIES.length} queries, each searched once cold (right after loading), then 20 times (real corpus) or 3 times (synthetic).`);
  console.log(`Building the synthetic index took ${buildMs.toFixed(0)} ms (at build time, not in the browser).\n`);
  console.log('| corpus | records | index raw | index gzip | load and parse p50 / p95 | first query p50 | query p50 | query p95 | slowest query (p95) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${row.records.toLocaleString('en-GB')} | ${kb(row.raw)} | ${kb(row.gzip)} | ${ms(row.load.p50)} / ${ms(row.load.p95)} | ${ms(row.cold.p50)} | ${ms(row.warm.p50)} | ${ms(row.warm.p95)} | ${ms(row.slowest.p95)} “${row.slowest.query.slice(0, 24)}” |`,
    );
  }
  await printBundles();
}

/** What the browser downloads for search: the worker (Fuse included) on first use, and the scripts every page loads. */
async function printBundles(): Promise<void> {
  const assets = new URL('_astro/', DIST);
  const names = (await readdir(assets)).filter((name) => name.endsWith('.js'));
  const scripts = new Map(await Promise.all(names.map(async (name) => [name, await readFile(new URL(name, assets))] as const)));
  const size = (files: string[]) => {
    const bytes = files.map((file) => scripts.get(file)!);
    return `${kb(bytes.reduce((sum, text) => sum + text.length, 0))} raw, ${kb(bytes.reduce((sum, text) => sum + gzipSync(text).length, 0))} gzip`;
  };
  const worker = names.filter((name) => name.startsWith('search-worker'));
  // The scripts the front page names, and the chunks they import statically (not those loaded by `import()` on first use).
  const home = await readFile(new URL('index.html', DIST), 'utf8');
  const everyPage = names.filter((name) => home.includes(name));
  const importsStatically = (code: string, chunk: string) => code.includes(`from"./${chunk}"`) || code.includes(`import"./${chunk}"`);
  for (const name of everyPage) {
    for (const other of names) if (!everyPage.includes(other) && !worker.includes(other) && importsStatically(scripts.get(name)!.toString(), other)) everyPage.push(other);
  }
  console.log(`\nFetched on first use: ${worker.join(', ')} (the worker: Fuse and the engine), ${size(worker)}; and the index above.`);
  console.log(`Loaded with every page: ${everyPage.join(', ')}, ${size(everyPage)}.`);
}
