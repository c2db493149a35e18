/**
 * How much of the timeline a reader sees: the height of /timeline/ and how far down
 * its first event starts, at 1366×900 and 375×740, with and without JavaScript,
 * measured in this machine's Chromium on the built site (DIST, or BENCH_DIST to
 * measure another build, e.g. main's, for a before/after). And what laying the
 * overview out costs the build: the median of many runs over the site's events.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { parse } from 'yaml';
import { ERAS } from '../../src/timeline/eras';
import { overviewGeometry, OVERVIEW_LAYOUTS, type OverviewEvent } from '../../src/timeline/overview';
import { timelinePath } from '../../src/routes';
import { CHROMIUM_PATH, DESKTOP, PHONE } from '../../tests/support/chromium';
import { DIST } from '../../tests/support/project';
import { serveStatic } from '../../tests/support/static-server';

const VIEWPORTS = [
  ['desktop 1366×900', DESKTOP],
  ['phone 375×740', PHONE],
] as const;

const LAYOUT_RUNS = 200;

async function layoutCost(): Promise<void> {
  const content = parse(await readFile(new URL('../../content/events.yaml', import.meta.url), 'utf8')) as { id: string; date: string; endDate?: string; precision: 'day' | 'month' | 'year' }[];
  const events: OverviewEvent[] = content
    .map(({ id, date, endDate, precision }) => ({ id, span: { date, endDate, precision } }))
    .sort((a, b) => a.span.date.localeCompare(b.span.date));
  for (const [name, layout] of Object.entries(OVERVIEW_LAYOUTS)) {
    const times: number[] = [];
    let rows = 0;
    for (let run = 0; run < LAYOUT_RUNS; run++) {
      const start = performance.now();
      const geometry = overviewGeometry(events, [], ERAS, layout);
      times.push(performance.now() - start);
      rows = Math.round((geometry.axisY - geometry.marksTop) / layout.rowHeight);
    }
    times.sort((a, b) => a - b);
    console.log(`Overview layout (${name}, ${layout.width} px, ${events.length} events): median ${times[LAYOUT_RUNS / 2]!.toFixed(3)} ms over ${LAYOUT_RUNS} runs, ${rows} rows of marks`);
  }
}

export default async function timelineLayoutBenchmark(): Promise<void> {
  await layoutCost();
  const root = process.env.BENCH_DIST ?? DIST;
  const server = await serveStatic(root);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
  try {
    console.log(`Built site: ${root}\n`);
    console.log('| viewport | JavaScript | page height (px) | first event top (px) | events | px per event |');
    console.log('| --- | --- | ---: | ---: | ---: | ---: |');
    for (const [name, viewport] of VIEWPORTS) {
      for (const javaScriptEnabled of [true, false]) {
        const context = await browser.newContext({ ...viewport, javaScriptEnabled });
        const page = await context.newPage();
        await page.goto(`${server.url}${timelinePath}`, { waitUntil: 'load' });
        const measured = await page.evaluate(() => {
          const events = [...document.querySelectorAll('.timeline-event')];
          return { height: document.documentElement.scrollHeight, firstTop: events[0]!.getBoundingClientRect().top + window.scrollY, count: events.length };
        });
        console.log(
          `| ${name} | ${javaScriptEnabled ? 'on' : 'off'} | ${measured.height} | ${Math.round(measured.firstTop)} | ${measured.count} | ${Math.round(measured.height / measured.count)} |`,
        );
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
