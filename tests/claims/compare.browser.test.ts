import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, DESKTOP, openPage, PHONE, useChromium, useContexts } from '../support/chromium';

const POST = 'washington-post-enemy-of-all';
const ECONOMIST = 'economist-uses-of-terror';

/** Where the two sides of each comparison row sit on the page. */
function sideBoxes(page: Page) {
  return page.locator('.comparison-row__sides').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll(':scope > .comparison-side')].map((side) => side.getBoundingClientRect().toJSON() as DOMRect)),
  );
}

describeInBrowser('the comparison', () => {
  const browser = useChromium();
  const contextFor = useContexts(browser);

  it('reads without JavaScript: themes, then events, each side named and quoting its passages', async () => {
    const context = await contextFor({ ...DESKTOP, javaScriptEnabled: false });
    const { page } = await openPage(context, '/compare/');
    await expect(page.locator('h1').innerText()).resolves.toBe('Compare the pieces');
    await expect(page.locator('main h2').allInnerTexts()).resolves.toEqual(['By theme', 'By event']);
    const themes = await page.locator('.compare-theme h3').allInnerTexts();
    expect(themes.length).toBeGreaterThanOrEqual(5);
    const rows = await page.locator('.comparison-row').evaluateAll((items) =>
      items.map((row) => ({
        heading: row.querySelector('.comparison-row__heading')!.textContent,
        sides: [...row.querySelectorAll('.comparison-side')].map((side) => ({
          outlet: side.querySelector('.comparison-side__outlet')!.textContent,
          passages: [...side.querySelectorAll('a.passage-link')].map((link) => link.getAttribute('href')),
        })),
        silent: ['The Economist', 'The Washington Post'].filter((outlet) => row.querySelector('.comparison-row__silent')?.textContent?.includes(outlet)),
      })),
    );
    for (const row of rows) {
      // Every piece is named, in a column of its own when it speaks, and in the line under them when it does not.
      expect([...row.sides.map((side) => side.outlet), ...row.silent].sort()).toEqual(['The Economist', 'The Washington Post']);
      expect(row.sides.every((side) => side.passages.length > 0)).toBe(true);
      expect(row.sides.flatMap((side) => side.passages).every((href) => /^\/articles\/[a-z-]+\/#claim-[a-z0-9-]+$/.test(href!))).toBe(true);
    }
    expect(rows.map((row) => row.heading)).toEqual(expect.arrayContaining(['They agree', 'They differ', 'The Economist adds', 'Only The Washington Post', 'Only The Economist']));
  });

  it('shows where only one piece speaks: the Post on the ethics of US intelligence, The Economist on the torture videos', async () => {
    const context = await contextFor({ ...DESKTOP, javaScriptEnabled: false });
    const { page } = await openPage(context, '/compare/');
    const only = (outlet: string) => page.locator('.comparison-row[data-kind="only"]', { has: page.locator('.comparison-row__heading', { hasText: `Only ${outlet}` }) });
    await expect(only('The Washington Post').locator(`a[href="/articles/${POST}/#claim-post-praise-us-intelligence"]`).count()).resolves.toBe(1);
    await expect(only('The Economist').locator(`a[href="/articles/${ECONOMIST}/#claim-economist-torture-videos"]`).count()).resolves.toBe(1);
    // The piece that says nothing gets no empty column, only a line that says so.
    const row = only('The Economist').first();
    await expect(row.locator('.comparison-side').count()).resolves.toBe(1);
    await expect(row.locator(`.comparison-side[data-article="${POST}"]`).count()).resolves.toBe(0);
    await expect(row.locator('.comparison-row__silent').innerText()).resolves.toBe('Nothing on this in The Washington Post.');
    const side = (await row.locator('.comparison-side').boundingBox())!;
    const whole = (await row.boundingBox())!;
    expect(side.width).toBeGreaterThan(whole.width * 0.8);
  });

  it('a box that says the pieces agree does not label its detail “Agrees”: its heading says so, and the detail is often a difference', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, '/compare/');
    const agreeing = page.locator('.comparison-row[data-kind="agrees"]');
    await expect(agreeing.count()).resolves.toBeGreaterThan(0);
    const labels = await agreeing.locator('.comparison-row__relation').allInnerTexts();
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((label) => label === 'In detail:')).toBe(true);
    await expect(page.locator('.comparison-row[data-kind="differs"] .comparison-row__relation').first().innerText()).resolves.toBe('Differs:');
  });

  it('lists every event of the timeline with each piece’s passages about it', async () => {
    const context = await contextFor();
    const { page } = await openPage(context, '/compare/');
    const events = await page.locator('.compare-event').evaluateAll((items) =>
      items.map((item) => ({
        timeline: item.querySelector('h3 a')!.getAttribute('href')!,
        passages: [...item.querySelectorAll('.comparison-side')].map((side) => side.querySelectorAll('a.passage-link').length),
      })),
    );
    const { page: timeline } = await openPage(context, '/timeline/');
    const timelineEvents = await timeline.locator('.timeline-event__card').evaluateAll((cards) => cards.map((card) => `/timeline/#${card.id}`));
    expect(events.map((event) => event.timeline)).toEqual(timelineEvents);
    for (const event of events) expect(event.passages.reduce((sum, count) => sum + count), event.timeline).toBeGreaterThan(0);
  });

  it('sets the pieces side by side on a wide screen', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, '/compare/');
    const pairs = (await sideBoxes(page)).filter((sides) => sides.length === 2);
    expect(pairs.length).toBeGreaterThan(0);
    for (const [left, right] of pairs) {
      expect(right!.left).toBeGreaterThan(left!.right);
      expect(Math.abs(right!.top - left!.top)).toBeLessThan(1);
    }
  });

  it('stacks them on a phone, each still named, without sideways scrolling', async () => {
    const context = await contextFor(PHONE);
    const { page } = await openPage(context, '/compare/');
    for (const [first, second] of (await sideBoxes(page)).filter((sides) => sides.length === 2)) {
      expect(second!.top).toBeGreaterThanOrEqual(first!.bottom);
      expect(Math.abs(second!.left - first!.left)).toBeLessThan(1);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
