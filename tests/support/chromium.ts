import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, inject } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** Set on the suites of `describeInBrowser`, so that a reporter can count them when they are skipped. */
    needsChromium?: boolean;
  }
}

type Places = [string, ...string[]];

/** Where Debian's apt and Ubuntu's snap put Chromium, and where macOS keeps Chrome or Chromium: browsers playwright-core can drive. */
const INSTALLED_CHROMIUM: Places =
  process.platform === 'darwin'
    ? ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium']
    : ['/usr/bin/chromium', '/snap/bin/chromium'];

const LOOKED_AT: Places = process.env.CHROME_PATH ? [process.env.CHROME_PATH] : INSTALLED_CHROMIUM;

/** CHROME_PATH if set, else the first installed of the usual places; never a downloaded browser. */
export const CHROMIUM_PATH = LOOKED_AT.find((path) => existsSync(path)) ?? LOOKED_AT[0];

export const chromiumAvailable = existsSync(CHROMIUM_PATH);

export const INSTALL_CHROMIUM =
  'Install one (Debian: sudo apt-get install chromium; Ubuntu: sudo snap install chromium; ' +
  'macOS: brew install --cask google-chrome) or set CHROME_PATH to a Chromium or Chrome binary.';

const WHY = `no Chromium at ${LOOKED_AT.join(' or ')}${process.env.CHROME_PATH ? ' (CHROME_PATH)' : ''}`;

export const NO_CHROMIUM_MESSAGE = `Browser tests skipped: ${WHY}. ${INSTALL_CHROMIUM}`;

/** What the end of a run says when `count` browser tests in `files` files were skipped. */
export function skippedBrowserTestsMessage(count: number, files: number): string {
  const tests = count === 1 ? '1 browser test' : `${count.toLocaleString('en-GB')} browser tests`;
  return `${tests} in ${files === 1 ? '1 file' : `${files} files`} skipped: ${WHY}. ${INSTALL_CHROMIUM}`;
}

/** `describe` for tests that need a real browser; skipped, loudly, without one. */
export function describeInBrowser(name: string, tests: () => void): void {
  (chromiumAvailable ? describe : describe.skip)(name, { meta: { needsChromium: true } }, tests);
}

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
