import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { CHROMIUM_PATH, DESKTOP, describeInBrowser } from '../support/chromium';
import { PUBLISHED_SITE } from '../support/project';

/**
 * The site as a reader elsewhere reads it: served at http://reader.test (Chromium's
 * host resolver maps the name to the test server on loopback), so a link that points
 * at the build machine or at 127.0.0.1 is told apart from one a recipient can open.
 */
const HOST = 'reader.test';
const ARTICLE = '/articles/economist-uses-of-terror/';
const PARAGRAPH = 'p-we-know-that-the-crime-was';

/** Copies the paragraph's link; http://reader.test is not a secure origin, so the link comes in the copy-by-hand field. */
async function copiedParagraphLink(page: Page): Promise<string> {
  await page.locator(`#${PARAGRAPH}`).hover();
  await page.locator(`#${PARAGRAPH} > a.paragraph-permalink`).click();
  return page.getByLabel('Copy the link to this paragraph:').inputValue();
}

describeInBrowser('links a recipient can open', () => {
  let browser: Browser;
  let origin: string;
  beforeAll(async () => {
    const server = new URL(inject('siteUrl'));
    origin = `http://${HOST}:${server.port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu', `--host-resolver-rules=MAP ${HOST} ${server.hostname}`] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('copied links use the published address, or else the address being read, never the build machine’s', async () => {
    const context = await browser.newContext(DESKTOP);
    try {
      const page = await context.newPage();
      await page.goto(`${origin}${ARTICLE}`);
      const expected = new URL(`${ARTICLE}#${PARAGRAPH}`, PUBLISHED_SITE ?? origin).href;
      const copied = await copiedParagraphLink(page);
      expect(copied).toBe(expected);
      expect(copied).not.toMatch(/localhost|127\.0\.0\.1/);
      // A selection's link too.
      await page.getByRole('button', { name: 'Done' }).click();
      await page.locator(`#${PARAGRAPH}`).evaluate((paragraph) => {
        const range = document.createRange();
        range.selectNodeContents(paragraph.querySelector('mark.claim')!);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
      });
      await page.getByRole('button', { name: 'Copy link to this passage' }).click();
      const passage = await page.getByLabel('Copy the link to this passage:').inputValue();
      expect(new URL(passage).origin).toBe(new URL(PUBLISHED_SITE ?? origin).origin);
    } finally {
      await context.close();
    }
  });

  it('where the build knew the published address (an absolute canonical link), copied links use it', async () => {
    const context = await browser.newContext(DESKTOP);
    try {
      const page = await context.newPage();
      await page.goto(`${origin}${ARTICLE}`);
      await page.evaluate((article) => document.querySelector('link[rel="canonical"]')!.setAttribute('href', `https://reader.example.org/reader${article}`), ARTICLE);
      await expect(copiedParagraphLink(page)).resolves.toBe(`https://reader.example.org/reader${ARTICLE}#${PARAGRAPH}`);
    } finally {
      await context.close();
    }
  });
});
