/**
 * Build time at scale: a synthetic corpus (200 articles, a claim in each paragraph,
 * timeline events) is written into a temporary copy of the project and built twice
 * with the full site, and the same Markdown is built twice as a plain Astro site
 * (scripts/bench/plain-site.ts). Prints each build's wall time and the part of it
 * Astro reports for drawing share cards, what it produced, and how much longer the
 * full site takes; then search (scale-search.ts) over the real site's, the synthetic
 * site's and a five times larger set of search records, with the fixed query set of
 * the search benchmark; and the one line that sums it up.
 * Nothing is written into the project.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inProjectCopy, SITE_FILES } from '../../tests/support/fixture-site';
import type { SearchIndexFile } from '../../src/search/search-index';
import { measureShardedSearch, printShardedSearch, shardedSearchSummary, type ShardedSearchMeasure } from './scale-search';
import { syntheticCorpus } from './synthetic-corpus';
import { runAstro } from '../../tests/support/project';
import { routesIn, total } from './astro-routes';
import { writePlainProject } from './plain-site';

import { writeSyntheticCorpus, type SyntheticCorpus } from './synthetic-site';

const SHAPE = { articles: 200, paragraphs: 10 };
/** The larger point: the 200-article site's search records five times over (synthetic-corpus.ts), searched without building the site. */
const LARGER = 5;
const PROJECT_DIST = new URL('../../dist/', import.meta.url);
const RUNS = 2;

export default async function scaleBenchmark(): Promise<void> {
  let corpus: SyntheticCorpus | undefined;
  await inProjectCopy(
    SITE_FILES,
    async (root) => {
      corpus = await writeSyntheticCorpus(root, SHAPE);
    },
    async (root) => {
      const plainRoot = await mkdtemp(join(tmpdir(), 'crocus-plain-'));
      try {
        await writePlainProject(plainRoot, join(root, 'content/articles'));
        const rows: ({ name: string; run: number } & BuildMeasure)[] = [];
        // Alternating, so that neither build gains from running second.
        for (let run = 1; run <= RUNS; run++) {
          rows.push({ name: 'plain Astro, same Markdown', run, ...(await timedBuild(plainRoot)) });
          rows.push({ name: 'Crocus Reader, full site', run, ...(await timedBuild(root)) });
        }
        const { articles, claims, events } = { articles: corpus!.articleIds.length, claims: corpus!.claims, events: corpus!.events };
        console.log(`Synthetic corpus: ${articles} generated articles of ${SHAPE.paragraphs} paragraphs (and the 2 real ones), ${claims} claims, ${events} events.\n`);
        console.log('| build | run | wall time | of which share cards | pages | dist/ |');
        console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
        for (const row of rows) {
          console.log(`| ${row.name} | ${row.run} | ${seconds(row.ms)} | ${seconds(row.cardsMs)} | ${row.pages.toLocaleString('en-GB')} | ${(row.bytes / 1024 / 1024).toFixed(1)} MB |`);
        }
        const best = (name: string, time: (row: BuildMeasure) => number) => Math.min(...rows.filter((row) => row.name === name).map(time));
        const plain = best('plain Astro, same Markdown', (row) => row.ms);
        const full = best('Crocus Reader, full site', (row) => row.ms);
        const withoutCards = best('Crocus Reader, full site', (row) => row.ms - row.cardsMs);
        console.log(
          `\nBest of ${RUNS}: plain ${seconds(plain)}, full ${seconds(full)}: the full site takes ${(full / plain).toFixed(1)}× as long; ` +
            `${seconds(withoutCards)} (${(withoutCards / plain).toFixed(1)}×) without drawing the share cards.`,
        );
        const records = (JSON.parse(await readFile(join(root, 'dist/search-index.json'), 'utf8')) as SearchIndexFile).records;
        const search = await measureSearchAtScale(records);
        printShardedSearch(search);
        console.log(`\nscale: ${shardedSearchSummary(search[1]!)}, ${buildSummary(rows)}`);
      } finally {
        await rm(plainRoot, { recursive: true, force: true });
      }
    },
  );
}

/** The real site, the 200-article site and the larger point, searched with the sharded index. */
async function measureSearchAtScale(records: SearchIndexFile['records']): Promise<ShardedSearchMeasure[]> {
  const real = (JSON.parse(await readFile(new URL('search-index.json', PROJECT_DIST), 'utf8')) as SearchIndexFile).records;
  return [
    await measureShardedSearch('real site', real, { runs: 20, wholeIndex: true }),
    await measureShardedSearch(`${SHAPE.articles} articles`, records, { runs: 5, wholeIndex: true }),
    await measureShardedSearch(`${SHAPE.articles * LARGER} articles (×${LARGER} records)`, syntheticCorpus(records, LARGER), { runs: 2, wholeIndex: false }),
  ];
}

/**
 * The build half of the last line. Both builds here are `astro build --force`, so the
 * second run stands in for the rebuild until the build benchmark measures a real warm one.
 */
function buildSummary(rows: readonly ({ name: string; run: number } & BuildMeasure)[]): string {
  const ratio = (run: number | undefined) => {
    const of = (name: string) => rows.filter((row) => row.name === name && (run === undefined || row.run === run)).map((row) => row.ms);
    return Math.min(...of('Crocus Reader, full site')) / Math.min(...of('plain Astro, same Markdown'));
  };
  return `cold build ${ratio(undefined).toFixed(1)}× plain, warm rebuild ${ratio(RUNS).toFixed(1)}× plain`;
}

interface BuildMeasure {
  ms: number;
  pages: number;
  bytes: number;
  /** Of the wall time, what Astro reports for drawing share cards (/og/…png). */
  cardsMs: number;
}

async function timedBuild(root: string): Promise<BuildMeasure> {
  const started = performance.now();
  const result = await runAstro(['build', '--force'], root);
  const ms = performance.now() - started;
  if (result.code !== 0) throw new Error(`The build in ${root} failed:\n${result.output}`);
  const files = await filesIn(join(root, 'dist'));
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  const cardsMs = total(routesIn(result.output).filter((route) => route.path.startsWith('/og/')));
  return { ms, pages: files.filter((file) => file.endsWith('.html')).length, bytes: sizes.reduce((sum, size) => sum + size, 0), cardsMs };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}
