/**
 * Lighthouse scores for one page of each kind readers land on (home, an article,
 * a claim, the timeline, search), as phones and as desktops: Lighthouse's own
 * throttling and emulation, driving this machine's Chromium (CHROME_PATH or
 * /usr/bin/chromium) through chrome-launcher, against the built site served with
 * its _headers and gzip, as a static host serves it. Nothing is downloaded.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config } from 'lighthouse';
import { articlePath, claimPath, homePath, searchPath, timelinePath } from '../../src/routes';
import { CHROMIUM_PATH } from '../../tests/support/chromium';
import { DIST } from '../../tests/support/project';
import { serveStatic } from '../../tests/support/static-server';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['total-byte-weight', 'bytes'],
] as const;
const FORM_FACTORS: [name: string, config: Config | undefined][] = [
  ['phone', undefined],
  ['desktop', desktopConfig],
];

export default async function lighthouseBenchmark(): Promise<void> {
  const pages = await pagesToScore();
  const server = await serveStatic(DIST);
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    console.log(`Lighthouse ${lighthouseVersion()} driving ${await browserVersion(chrome.port)}; phone is Lighthouse's default (a mid-range phone on slow 4G, simulated), desktop its desktop preset.\n`);
    console.log(`| page | as | ${CATEGORIES.join(' | ')} | ${METRICS.map(([, label]) => label).join(' | ')} |`);
    console.log(`| --- | --- | ${[...CATEGORIES, ...METRICS].map(() => '---:').join(' | ')} |`);
    for (const [name, path] of pages) {
      for (const [formFactor, config] of FORM_FACTORS) {
        const { categories, audits } = await score(new URL(path, server.url).href, chrome.port, config);
        const scores = CATEGORIES.map((category) => Math.round((categories[category]?.score ?? 0) * 100));
        const metrics = METRICS.map(([audit]) => formatMetric(audit, audits[audit]?.numericValue ?? Number.NaN));
        console.log(`| ${name} (${path}) | ${formFactor} | ${scores.join(' | ')} | ${metrics.join(' | ')} |`);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
}

/**
 * One Lighthouse run; run again, once, when a metric could not be measured (on a
 * loaded machine Lighthouse now and then loses a trace event and scores 0).
 */
async function score(url: string, port: number, config: Config | undefined) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, { port, logLevel: 'error', onlyCategories: CATEGORIES }, config);
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const failed = METRICS.map(([audit]) => result.lhr.audits[audit]).filter((audit) => audit?.numericValue === undefined);
    if (failed.length === 0 || attempt === 2) {
      for (const audit of failed) console.log(`(${url}: ${audit?.id ?? 'a metric'} not measured: ${audit?.errorMessage ?? 'no value'})`);
      return result.lhr;
    }
  }
}

/** Home, the first article and claim in dist/, the timeline, and search when the site has it. */
async function pagesToScore(): Promise<[string, string][]> {
  const first = async (folder: string) => (await readdir(new URL(folder, `file://${DIST}`), { withFileTypes: true })).find((entry) => entry.isDirectory())?.name;
  const pages: [string, string][] = [
    ['home', homePath],
    ['article', articlePath((await first('articles/'))!)],
    ['claim', claimPath((await first('claims/'))!)],
    ['timeline', timelinePath],
    ['search', searchPath()],
  ];
  return pages.filter(([, path]) => existsSync(`${DIST}${path.slice(1)}index.html`));
}

function formatMetric(audit: string, value: number): string {
  if (audit === 'cumulative-layout-shift') return value.toFixed(3);
  if (audit === 'total-byte-weight') return `${(value / 1024).toFixed(0)} kB`;
  return `${Math.round(value)} ms`;
}

function lighthouseVersion(): string {
  return (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;
}

async function browserVersion(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/json/version`);
  return ((await response.json()) as { Browser: string }).Browser;
}
