import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { builtPages } from './built-site';
import { useChromium } from './chromium';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the rules axe-core can check automatically. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's WCAG 2.2 AA violations on the page as it is now, each with a few of the elements at fault. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
}

/**
 * Runs axe over every built page in one browser setting (colour scheme, viewport).
 * One page is reused for all of them: a fresh context per page costs more than
 * the check itself, and nothing here depends on state a page could leave behind.
 */
export function checkEveryPage(options: BrowserContextOptions): void {
  const browser = useChromium();
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await (browser() as Browser).newContext(options);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
  });

  it.each(pathsToCheck)('%s', async (path) => {
    await page.goto(new URL(path, inject('siteUrl')).href);
    expect(await axeViolations(page)).toEqual([]);
  });
}

const pathsToCheck = (await builtPages()).map((page) => page.path);
