/**
 * How much of the timeline a reader sees: the height of /timeline/ and how far down
 * its first event starts, at 1366×900 and 375×740, with and without JavaScript,
 * measured in this machine's Chromium on the built site (DIST, or BENCH_DIST to
 * measure another build, e.g. main's, for a before/after).
 */
import { chromium } from 'playwright-core';
import { timelinePath } from '../../src/routes';
import { CHROMIUM_PATH, DESKTOP, PHONE } from '../../tests/support/chromium';
import { DIST } from '../../tests/support/project';
import { serveStatic } from '../../tests/support/static-server';

const VIEWPORTS = [
  ['desktop 1366×900', DESKTOP],
  ['phone 375×740', PHONE],
] as const;

export default async function timelineLayoutBenchmark(): Promise<void> {
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
