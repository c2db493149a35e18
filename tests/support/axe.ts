import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { builtPages } from './built-site';
import { useChromium } from './chromium';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the rules axe-core can check automatically. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  rule: string;
  help: string;
  targets: string[];
}

/**
 * axe-core's WCAG 2.2 AA violations on the page as it is now, each with a few of the
 * elements at fault. axe runs in the page itself: injected through the DevTools
 * protocol (which the page's CSP does not govern) unless the context already adds it
 * to every page, and without @axe-core/playwright's extra blank page per check.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_22_AA }, resultTypes: ['violations'] };
  return page.evaluate(async (options) => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } };
    const results = await axe.run(document, options);
    return results.violations.map((violation) => ({
      rule: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    }));
  }, options);
}

/**
 * Runs axe over every built page at one viewport, in light and in dark mode. One
 * page is reused for all of them, with axe added to every document it loads, and
 * each page is checked in both colour schemes without loading it twice: nothing
 * here depends on state a page could leave behind, and only CSS follows the scheme.
 */
export function checkEveryPage(options: BrowserContextOptions): void {
  const browser = useChromium();
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await (browser() as Browser).newContext(options);
    await context.addInitScript(AXE_SOURCE);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
  });

  it.each(pathsToCheck)('%s, light and dark', async (path) => {
    await page.goto(new URL(path, inject('siteUrl')).href);
    const violations: Record<string, Violation[]> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      violations[colorScheme] = await axeViolations(page);
    }
    expect(violations).toEqual({ light: [], dark: [] });
  });
}

const pathsToCheck = (await builtPages()).map((page) => page.path);
