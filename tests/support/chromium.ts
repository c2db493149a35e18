import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, inject } from 'vitest';

/** Debian's Chromium unless CHROME_PATH names another; never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumAvailable = existsSync(CHROMIUM_PATH);

export const NO_CHROMIUM_MESSAGE =
  `Browser tests skipped: no Chromium at ${CHROMIUM_PATH}. ` +
  'Install it (Debian: apt-get install chromium) or set CHROME_PATH to a Chromium binary.';

/** `describe` for tests that need a real browser; skipped, loudly, without one. */
export const describeInBrowser = chromiumAvailable ? describe : describe.skip;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // The flags keep a sandboxed, offline machine quiet: no sandbox as root, no background network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 900 } };
/** A desktop whose pages may write to and read from the clipboard. */
export const CLIPBOARD: BrowserContextOptions = { ...DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] };

export function newContext(browser: Browser, options: BrowserContextOptions = DESKTOP): Promise<BrowserContext> {
  return browser.newContext(options);
}

/** Browser contexts that each close when their test is done, however it ends. */
export function useContexts(browser: () => Browser): (options?: BrowserContextOptions) => Promise<BrowserContext> {
  const open: BrowserContext[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((context) => context.close()));
  });
  return async (options = DESKTOP) => {
    const context = await newContext(browser(), options);
    open.push(context);
    return context;
  };
}

/** One Chromium per test file, closed when the file is done. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running');
    return browser;
  };
}

export interface OpenedPage {
  page: Page;
  /** Uncaught exceptions and console errors seen on the page. */
  errors: string[];
}

/** Opens a site path in a fresh page (of the site built for the run, unless another is given), recording any script error it raises. */
export async function openPage(context: BrowserContext, path: string, siteUrl = inject('siteUrl')): Promise<OpenedPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(new URL(path, siteUrl).href);
  return { page, errors };
}
