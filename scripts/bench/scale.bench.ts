/**
 * Build time at scale: a synthetic corpus (200 articles, a claim in each paragraph,
 * timeline events) is written into a temporary copy of the project, which is built
 * cold (no share cards cached), and rebuilt after one claim's text changes (one card
 * to draw again, the rest from the cache); the same Markdown is built as a plain Astro
 * site (scripts/bench/plain-site.ts) between them, so that none gains from running
 * second. Prints each build's wall time, what it produced and where Astro says the
 * time went by kind of page; then search (scale-search.ts) over the real site's, the
 * synthetic site's and a five times larger set of search records, with the fixed
 * query set of the search benchmark; and ends with one summary line.
 * Nothing is written into the project: the copy has a cache directory of its own.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { inProjectCopy, SITE_FILES } from '../../tests/support/fixture-site';
import type { SearchIndexFile } from '../../src/search/search-index';
import { measureShardedSearch, printShardedSearch, shardedSearchSummary, type ShardedSearchMeasure } from './scale-search';
import { syntheticCorpus } from './synthetic-corpus';
import { PROJECT_ROOT, runAstro } from '../../tests/support/project';
import { routesIn, total, type Route } from './astro-routes';
import { writePlainProject } from './plain-site';

import { writeSyntheticCorpus, type SyntheticCorpus } from './synthetic-site';

const SHAPE = { articles: 200, paragraphs: 10 };
/** The larger point: the 200-article site's search records five times over (synthetic-corpus.ts), searched without building the site. */
const LARGER = 5;
const PROJECT_DIST = new URL('../../dist/', import.meta.url);
const RUNS = 2;

const PLAIN = 'plain Astro, same Markdown';
const COLD = 'Crocus Reader, cold (no cards cached)';
const WARM = 'Crocus Reader, one claim changed';

export default async function scaleBenchmark(): Promise<void> {
  let corpus: SyntheticCorpus | undefined;
  await inProjectCopy(
    SITE_FILES,
    async (root) => {
      await ownCacheDirectory(root);
      corpus = await writeSyntheticCorpus(root, SHAPE);
    },
    async (root) => {
      console.log(`Synthetic corpus: ${corpus!.articleIds.length} generated articles of ${SHAPE.paragraphs} paragraphs (and the 2 real ones), ${corpus!.claims} claims, ${corpus!.events} events.\n`);
      const rows = await buildRows(root, corpus!);
      printBuildTable(rows);
      const build = buildRatios(rows);
      printWhereTimeGoes(rows.find((row) => row.name === COLD)!, rows.find((row) => row.name === WARM)!);
      const records = (JSON.parse(await readFile(join(root, 'dist/search-index.json'), 'utf8')) as SearchIndexFile).records;
      const search = await measureSearchAtScale(records);
      printShardedSearch(search);
      console.log(`\nscale: ${shardedSearchSummary(search[1]!)}, cold build ${build.cold.toFixed(1)}× plain, warm rebuild ${build.warm.toFixed(1)}× plain`);
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

interface BuildMeasure {
  ms: number;
  /** Processor time the build used (user and system, all its threads), where the system says (Linux); else NaN. */
  cpuMs: number;
  pages: number;
  bytes: number;
  routes: Route[];
}

type BuildRow = { name: string; run: number } & BuildMeasure;

/**
 * The copy's node_modules is the project's, linked; its cache directory
 * (node_modules/.astro) must be its own, so that a cold build is cold and the
 * project's cache is left alone: a folder of links to the project's packages.
 */
async function ownCacheDirectory(root: string): Promise<void> {
  const modules = join(root, 'node_modules');
  await unlink(modules);
  await mkdir(modules);
  for (const name of await readdir(join(PROJECT_ROOT, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') await symlink(join(PROJECT_ROOT, 'node_modules', name), join(modules, name));
  }
}

async function buildRows(root: string, corpus: SyntheticCorpus): Promise<BuildRow[]> {
  const plainRoot = await mkdtemp(join(tmpdir(), 'crocus-plain-'));
  try {
    await writePlainProject(plainRoot, join(root, 'content/articles'));
    const rows: BuildRow[] = [];
    for (let run = 1; run <= RUNS; run++) {
      rows.push({ name: PLAIN, run, ...(await timedBuild(plainRoot)) });
      await rm(join(root, 'node_modules/.astro'), { recursive: true, force: true });
      rows.push({ name: COLD, run, ...(await timedBuild(root)) });
    }
    for (let run = 1; run <= RUNS; run++) {
      await changeOneClaim(root, corpus.articleIds[run * 7]!);
      rows.push({ name: WARM, run, ...(await timedBuild(root)) });
      rows.push({ name: PLAIN, run: RUNS + run, ...(await timedBuild(plainRoot)) });
    }
    return rows;
  } finally {
    await rm(plainRoot, { recursive: true, force: true });
  }
}

/**
 * An editor's change to one claim: its summary rewritten and its type changed
 * between the two checkable types, which changes its share card (the kicker).
 */
async function changeOneClaim(root: string, articleId: string): Promise<void> {
  const file = join(root, `content/claims/${articleId}.yaml`);
  const text = await readFile(file, 'utf8');
  const claims = parse(text) as { id: string; type: string; summary: string }[];
  const claim = claims.find((candidate) => candidate.type === 'factual' || candidate.type === 'allegation')!;
  const changed = { ...claim, type: claim.type === 'factual' ? 'allegation' : 'factual', summary: `${claim.summary} (rewritten)` };
  const edited = text
    .replace(`summary: ${JSON.stringify(claim.summary)}`, `summary: ${JSON.stringify(changed.summary)}`)
    .replace(new RegExp(`(id: "${claim.id}"\\n(?:  .*\\n)*?  type: )"${claim.type}"`), `$1"${changed.type}"`);
  if (edited === text || !edited.includes(changed.summary) || !edited.includes(`type: "${changed.type}"`)) throw new Error(`Could not change claim ${claim.id} in ${file}.`);
  await writeFile(file, edited);
}

async function timedBuild(root: string): Promise<BuildMeasure> {
  const [started, cpuBefore] = [performance.now(), await childrenCpuMs()];
  const result = await runAstro(['build', '--force'], root);
  const [ms, cpuMs] = [performance.now() - started, (await childrenCpuMs()) - cpuBefore];
  if (result.code !== 0) throw new Error(`The build in ${root} failed:\n${result.output}`);
  const files = await filesIn(join(root, 'dist'));
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  return { ms, cpuMs, pages: files.filter((file) => file.endsWith('.html')).length, bytes: sizes.reduce((sum, size) => sum + size, 0), routes: routesIn(result.output) };
}

function printBuildTable(rows: BuildRow[]): void {
  console.log(`| build (${SHAPE.articles} articles) | run | wall time | processor time | pages | dist/ |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(`| ${row.name} | ${row.run} | ${seconds(row.ms)} | ${seconds(row.cpuMs)} | ${row.pages.toLocaleString('en-GB')} | ${(row.bytes / 1024 / 1024).toFixed(1)} MB |`);
  }
}

/** The cold and warm builds against the plain one, by their medians. */
function buildRatios(rows: BuildRow[]): { cold: number; warm: number } {
  const medianOf = (name: string, time: (row: BuildRow) => number) => median(rows.filter((row) => row.name === name).map(time));
  const ratios = (time: (row: BuildRow) => number) => {
    const [plain, cold, warm] = [medianOf(PLAIN, time), medianOf(COLD, time), medianOf(WARM, time)];
    return { plain, cold, warm, coldRatio: cold / plain, warmRatio: warm / plain };
  };
  const [wall, cpu] = [ratios((row) => row.ms), ratios((row) => row.cpuMs)];
  console.log('');
  for (const [label, measure] of [['wall time', wall], ['processor time', cpu]] as const) {
    console.log(
      `Medians, ${label}: plain ${seconds(measure.plain)}; cold ${seconds(measure.cold)}, ${measure.coldRatio.toFixed(1)}× plain; ` +
        `rebuilt after one claim changed ${seconds(measure.warm)}, ${measure.warmRatio.toFixed(1)}× plain.`,
    );
  }
  return { cold: wall.coldRatio, warm: wall.warmRatio };
}

/**
 * The processor time of this process's finished children (Linux's /proc/self/stat,
 * fields cutime and cstime, in clock ticks of 1/100 s): on a shared machine it says
 * what a build cost when its wall time says mostly how busy the machine was.
 */
async function childrenCpuMs(): Promise<number> {
  try {
    const fields = (await readFile('/proc/self/stat', 'utf8')).replace(/^.*\) /s, '').split(' ');
    // After the name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

/**
 * Where Astro says each build spent its page-writing time, by kind of route (the
 * first folder of the path): pages, total and per page. A share card's time is its
 * wait for the card, which the workers draw while the other pages are written.
 */
function printWhereTimeGoes(cold: BuildRow, warm: BuildRow): void {
  const kinds = [...new Set(cold.routes.map(kindOf))];
  console.log('\n| route | pages | cold: total | cold: per page | warm: total | warm: per page |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const kind of kinds) {
    const [coldRoutes, warmRoutes] = [cold, warm].map((build) => build.routes.filter((route) => kindOf(route) === kind));
    console.log(
      `| ${kind} | ${coldRoutes!.length} | ${seconds(total(coldRoutes!))} | ${perPage(coldRoutes!)} | ${seconds(total(warmRoutes!))} | ${perPage(warmRoutes!)} |`,
    );
  }
}

/** "/claims/x/index.html" → "/claims/…/"; "/og/claims/x.png" → "/og/claims/…". */
function kindOf(route: Route): string {
  const parts = route.path.split('/').filter(Boolean);
  if (parts.length <= 1 || (parts.length === 2 && parts[1] === 'index.html')) return route.path;
  return parts[0] === 'og' ? `/og/${parts[1]}/…` : `/${parts[0]}/…`;
}

const perPage = (routes: Route[]) => `${routes.length ? Math.round(total(routes) / routes.length) : 0} ms`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}
