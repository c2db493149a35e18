import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { builtPages, elements, onePagePerTemplate, scriptCode, type BuiltPage } from '../support/built-site';
import { DESKTOP, describeInBrowser, newContext, useChromium } from '../support/chromium';
import { hostileCases } from '../support/hostile-urls';

const NOT_FOUND_PATH = '/no-such-page/';

/** Pages whose scripts read the address (one per template: `location` survives minifying), and the 404 page. */
const readsAddress = async (page: BuiltPage) => (await scriptCode(page)).some((code) => code.includes('location'));
const templates = await onePagePerTemplate();
const targets = [
  ...(await Promise.all(templates.map(async (page) => ((await readsAddress(page)) ? [page] : [])))).flat(),
  ...(await builtPages()).filter((page) => page.path === '/404.html').map((page) => ({ ...page, path: NOT_FOUND_PATH })),
];
const cases = targets.flatMap((page) => {
  const parameters = elements(page.tree, (element) => ['input', 'select', 'textarea'].includes(element.tagName) && element.properties.name !== undefined).map((element) => String(element.properties.name));
  const someId = elements(page.tree, (element) => /^[a-z]+-/.test(String(element.properties.id ?? '')))[0]?.properties.id;
  return hostileCases(page.path, parameters, someId === undefined ? undefined : String(someId)).map((hostile) => ({ ...hostile, page: page.path }));
});

/** What the page holds that could run code: any of these beyond what it ships is an injection. */
function codeCarriers() {
  const carriers = [...document.querySelectorAll('script, iframe, frame, object, embed, base, meta[http-equiv], #injected')].map((element) => element.outerHTML.slice(0, 120));
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const url = attribute.value.replace(/[\u0000-\u0020]/g, '');
      if (/^on/i.test(attribute.name) || /^javascript:/i.test(url)) carriers.push(`<${element.tagName.toLowerCase()} ${attribute.name}="${attribute.value.slice(0, 60)}">`);
    }
  }
  return {
    carriers,
    ran: 'pwned' in window || '__pwned' in window,
    polluted: Object.keys(Object.prototype),
    violations: (window as unknown as { violations: string[] }).violations,
  };
}

interface Watched {
  page: Page;
  seen: { dialogs: string[]; errors: string[] };
  settled(): Promise<unknown>;
}

describeInBrowser('hostile addresses: nothing runs, nothing throws, nothing is injected', () => {
  const browser = useChromium();
  let context: BrowserContext;
  const shipped = new Map<string, Promise<ReturnType<typeof codeCarriers>>>();

  beforeAll(async () => {
    context = await newContext(browser(), DESKTOP);
    await context.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { violations: string[] }).violations = violations;
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective}: ${event.sample}`));
    });
  });
  afterAll(async () => {
    await context.close();
  });

  /** A page that records the dialogs and errors it raises; idle ones are reused. */
  const idle: Watched[] = [];
  async function borrowPage(): Promise<Watched> {
    const reused = idle.pop();
    if (reused) {
      reused.seen.dialogs = [];
      reused.seen.errors = [];
      return reused;
    }
    const page = await context.newPage();
    const seen = { dialogs: [] as string[], errors: [] as string[] };
    page.on('dialog', (dialog) => {
      seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => seen.errors.push(`${error.name}: ${error.message}`));
    page.on('console', (message) => {
      // The 404 page is itself served with status 404, which the browser reports.
      const notFoundPage = message.text().includes('status of 404') && new URL(message.location().url).pathname === NOT_FOUND_PATH;
      if (message.type() === 'error' && !notFoundPage) seen.errors.push(message.text());
    });
    const settled = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return { page, seen, settled };
  }

  /** What the page ships, from a plain load of it. */
  function shippedBy(path: string) {
    if (!shipped.has(path)) {
      shipped.set(
        path,
        (async () => {
          const watched = await borrowPage();
          await watched.page.goto(new URL(path, inject('siteUrl')).href);
          const carriers = await watched.page.evaluate(codeCarriers);
          idle.push(watched);
          return carriers;
        })(),
      );
    }
    return shipped.get(path)!;
  }

  it('covers at least 100 addresses over every page that runs a script, and the 404 page', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(targets.map((target) => target.path)).toContain(NOT_FOUND_PATH);
    expect(targets.some((target) => target.path.startsWith('/articles/'))).toBe(true);
  });

  // Each address in a page of its own, a few at a time: the browser's work, not the test's, is what takes time.
  it.concurrent.for(cases.map((hostile) => [hostile.page, hostile.name, hostile] as const))('%s with %s', async ([path, , hostile], { expect }) => {
    const expected = await shippedBy(path);
    const watched = await borrowPage();
    const { page, settled } = watched;
    await page.goto(new URL(hostile.url, inject('siteUrl')).href);
    await settled();
    const onArrival = await page.evaluate(codeCarriers);
    // The same fragment again, after load, for scripts that listen for hashchange.
    await page.evaluate((hash) => {
      window.location.hash = '';
      window.location.hash = hash;
    }, hostile.hash);
    await settled();
    const afterHashChange = await page.evaluate(codeCarriers);
    const { dialogs, errors } = watched.seen;
    idle.push(watched);
    expect({ onArrival, afterHashChange, dialogs, errors }).toEqual({ onArrival: expected, afterHashChange: expected, dialogs: [], errors: [] });
  });
});
