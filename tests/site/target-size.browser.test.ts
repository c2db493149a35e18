import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages } from '../support/built-site';
import { DESKTOP, describeInBrowser, newContext, PHONE, useChromium } from '../support/chromium';
import { checkTargetSize } from '../support/target-size';

const paths = (await builtPages()).map((page) => page.path);

describeInBrowser('every tap target on every page: 24×24, spaced, or in running text (WCAG 2.2 SC 2.5.8)', () => {
  const browser = useChromium();

  describe.each([
    ['375 px', PHONE],
    ['1366 px', DESKTOP],
  ] as const)('at %s', (_, viewport) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await newContext(browser(), viewport);
      page = await context.newPage();
    });
    afterAll(async () => {
      await context.close();
    });

    it.each(paths)('%s', async (path) => {
      await page.goto(new URL(path, inject('siteUrl')).href);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const check = await checkTargetSize(page);
      expect(check.measured).toBeGreaterThan(0);
      expect(check.failing).toEqual([]);
    });
  });

  it('an article page with every claim shown and a note open passes too, and its claim markers are full-size targets', async () => {
    const context = await newContext(browser(), PHONE);
    try {
      const page = await context.newPage();
      await page.goto(new URL('/articles/economist-uses-of-terror/?claims=all', inject('siteUrl')).href);
      const marker = page.locator('#article-body .claim-marker').first();
      const box = (await marker.boundingBox())!;
      expect([box.width, box.height].every((side) => side >= 24)).toBe(true);
      await marker.tap();
      await page.locator('.claim-note.is-expanded summary').tap();
      expect((await checkTargetSize(page)).failing).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
