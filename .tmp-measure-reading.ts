// Temporary measuring script (not committed): reading figures for docs/reading.md.
import { chromium } from 'playwright-core';
import { firstLine, readingMeasures } from './tests/support/reading';
const base = process.argv[2]!;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const id of ['economist-uses-of-terror', 'washington-post-enemy-of-all']) {
  for (const [w, h] of [[375, 740], [1366, 900]] as const) for (const js of [true, false]) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, javaScriptEnabled: js });
    const page = await ctx.newPage();
    await page.goto(`${base}/articles/${id}/`, { waitUntil: 'networkidle' });
    const line = await firstLine(page);
    const m = js ? await readingMeasures(page) : undefined;
    let all;
    if (js) { await page.getByRole('radio', { name: 'All' }).check(); all = await readingMeasures(page); }
    const body = await page.locator('#article-body').evaluate((b) => b.getBoundingClientRect().height);
    console.log(JSON.stringify({ id, w, js, top: Math.round(line.top), bottom: Math.round(line.bottom), page: line.pageHeight, body: Math.round(body), share: m && +(m.highlightedShare * 100).toFixed(1), claims: m?.visibleClaims, stops: m?.tabStops, allShare: all && +(all.highlightedShare * 100).toFixed(1), allClaims: all?.visibleClaims, allStops: all?.tabStops }));
    await ctx.close();
  }
}
await browser.close();
