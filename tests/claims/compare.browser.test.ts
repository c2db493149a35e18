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
      })),
    );
    for (const row of rows) {
      expect(row.sides.map((side) => side.outlet)).toEqual(['The Washington Post', 'The Economist']);
      expect(row.sides.some((side) => side.passages.length > 0)).toBe(true);
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
    const silent = await only('The Economist').first().locator(`.comparison-side[data-article="${POST}"]`).innerText();
    expect(silent).toContain('Says nothing on this.');
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
    for (const [left, right] of await sideBoxes(page)) {
      expect(right!.left).toBeGreaterThan(left!.right);
      expect(Math.abs(right!.top - left!.top)).toBeLessThan(1);
    }
  });

  it('stacks them on a phone, each still named, without sideways scrolling', async () => {
    const context = await contextFor(PHONE);
    const { page } = await openPage(context, '/compare/');
    for (const [first, second] of await sideBoxes(page)) {
      expect(second!.top).toBeGreaterThanOrEqual(first!.bottom);
      expect(Math.abs(second!.left - first!.left)).toBeLessThan(1);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
