import type { BrowserContext, Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { describeInBrowser, openPage, useChromium, useContexts } from '../support/chromium';
import { HOSTILE_QUERIES } from '../support/hostile-queries';

const HEADER_FIELD = '#site-search-query';
const HEADER_RESULTS = '#site-search-listbox';
const PAGE_FIELD = '#search-query';
const PAGE_RESULTS = '#search-page-listbox';
const ECONOMIST = '/articles/economist-uses-of-terror/';
const POST = '/articles/washington-post-enemy-of-all/';

const siteUrl = (path: string) => new URL(path, inject('siteUrl')).href;

/** Waits until the results for the last thing typed (or the last filter set) are shown. */
async function settled(page: Page, results: string): Promise<void> {
  await page.waitForSelector(`${results}[aria-busy="false"]`, { state: 'attached' });
}

async function searchInHeader(page: Page, query: string): Promise<void> {
  await page.locator(HEADER_FIELD).fill(query);
  await settled(page, HEADER_RESULTS);
}

const optionHrefs = (page: Page, results: string) => page.locator(`${results} [role="option"]`).evaluateAll((options) => options.map((option) => option.getAttribute('href')!));

const groupLabels = (page: Page, results: string) => page.locator(`${results} .search-group__label`).allInnerTexts();

const searchState = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

/** What a search URL looks like when shared: any query, filters as given. */
const searchUrl = (params: Record<string, string>) => `/search/?${new URLSearchParams(params)}`;

const KIND_ORDER = ['CLAIMS', 'PASSAGES', 'TIMELINE EVENTS', 'PEOPLE'];

describeInBrowser('search', () => {
  const browser = useChromium();
  const contextFor = useContexts(browser);

  it.each(['/', ECONOMIST, '/search/'])('%s fetches neither Fuse nor the index until search is first used', async (path) => {
    const context = await contextFor();
    // Requests from the page and from its workers.
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
    const onLoad = [...requests];
    const scriptText = (urls: string[]) => Promise.all(urls.filter((url) => url.endsWith('.js')).map(async (url) => (await page.request.get(url)).text()));

    expect(onLoad.filter((url) => url.includes('search-index') || url.includes('worker'))).toEqual([]);
    for (const script of await scriptText(onLoad)) expect(script).not.toContain('parseIndex');
    expect(page.workers()).toEqual([]);

    const indexRequested = context.waitForEvent('request', (request) => request.url().endsWith('/search-index/dictionary.json'));
    await page.locator(HEADER_FIELD).focus();
    await indexRequested;
    const onFirstUse = requests.slice(onLoad.length);
    expect((await scriptText(onFirstUse)).some((script) => script.includes('parseIndex'))).toBe(true);
    // Fuse runs in a worker, off the page's main thread.
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([expect.stringMatching(/\/search-worker[-.\w]*\.js$/)]);
  });

  it('shows results as you type, grouped by kind, with the matched words marked', async () => {
    const context = await contextFor();
    const { page, errors } = await openPage(context, '/');
    await page.keyboard.press('/');
    await page.keyboard.type('Medvedv', { delay: 30 });
    await settled(page, HEADER_RESULTS);

    await expect(page.locator(HEADER_FIELD).getAttribute('aria-expanded')).resolves.toBe('true');
    const labels = (await groupLabels(page, HEADER_RESULTS)).map((label) => label.replace(/ \(.*\)$/, ''));
    expect(labels).toEqual(KIND_ORDER.filter((kind) => labels.includes(kind)));
    expect(labels[0]).toBe('CLAIMS');
    const marked = await page.locator(`${HEADER_RESULTS} mark.search-hit`).allInnerTexts();
    expect(marked.length).toBeGreaterThanOrEqual(labels.length);
    for (const word of marked) expect(word).toMatch(/^Medvedev/);
    await expect(page.locator(`${HEADER_RESULTS} [role="option"]`).first().innerText()).resolves.toContain('Medvedev');
    await expect(page.locator('.site-search [role="status"]').innerText()).resolves.toMatch(/^1 claim, .*Up and down arrows/);
    expect(errors).toEqual([]);
  });

  it('works by keyboard alone: / and Ctrl/Cmd+K to focus, arrows to choose, Enter to go, Esc to close', async () => {
    const context = await contextFor();
    const { page, errors } = await openPage(context, ECONOMIST);
    const field = page.locator(HEADER_FIELD);
    const active = () => page.evaluate(() => document.activeElement?.id);

    await page.keyboard.press('/');
    await expect(active()).resolves.toBe('site-search-query');
    await page.keyboard.type('Beslan');
    await settled(page, HEADER_RESULTS);
    const options = page.locator(`${HEADER_RESULTS} [role="option"]`);
    const ids = await options.evaluateAll((found) => found.map((option) => option.id));
    expect(ids.length).toBeGreaterThanOrEqual(3);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(field.getAttribute('aria-activedescendant')).resolves.toBe(ids[1]);
    await expect(options.nth(1).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('ArrowUp');
    await expect(field.getAttribute('aria-activedescendant')).resolves.toBe(ids[0]);
    await page.keyboard.press('ArrowUp');
    await expect(field.getAttribute('aria-activedescendant')).resolves.toBe(ids.at(-1));

    await page.keyboard.press('Escape');
    await expect(page.locator('.site-search__popup').isVisible()).resolves.toBe(false);
    await expect(field.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(field.inputValue()).resolves.toBe('Beslan');
    await expect(active()).resolves.toBe('site-search-query');

    // Down opens the results again; the second is a passage or claim in the Post.
    await page.keyboard.press('ArrowDown');
    await settled(page, HEADER_RESULTS);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const chosen = (await options.nth(1).getAttribute('href'))!;
    await page.keyboard.press('Enter');
    await page.waitForURL(siteUrl(chosen));
    const fragment = new URL(chosen, siteUrl('/')).hash.slice(1);
    await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe(fragment);

    // Ctrl+K and Cmd+K reach the field from anywhere and select what is in it.
    await page.locator('h1').click();
    await page.keyboard.press('Control+k');
    await expect(active()).resolves.toBe('site-search-query');
    await page.keyboard.type('Putin');
    await page.locator('h1').click();
    await page.keyboard.press('Meta+k');
    await expect(page.evaluate(() => [document.activeElement?.id, (document.activeElement as HTMLInputElement).selectionStart, (document.activeElement as HTMLInputElement).selectionEnd])).resolves.toEqual([
      'site-search-query',
      0,
      5,
    ]);

    // Typed in the field, "/" is just a character.
    await field.fill('');
    await page.keyboard.type('9/11');
    await expect(field.inputValue()).resolves.toBe('9/11');
    expect(errors).toEqual([]);
  });

  it('filters by article, claim type and claimant, and keeps the filters in the URL', async () => {
    const context = await contextFor();
    const { page, errors } = await openPage(context, searchUrl({ q: 'Putin' }));
    await settled(page, PAGE_RESULTS);
    const everything = await optionHrefs(page, PAGE_RESULTS);

    await page.selectOption('select[name="claimant"]', 'vladimir-putin');
    await settled(page, PAGE_RESULTS);
    expect(searchState(page)).toEqual({ q: 'Putin', claimant: 'vladimir-putin' });
    const metas = await page.locator(`${PAGE_RESULTS} .search-result__meta`).allInnerTexts();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toContain('Vladimir Putin');
    expect(await groupLabels(page, PAGE_RESULTS)).toEqual([`CLAIMS (${metas.length})`]);

    await page.selectOption('select[name="type"]', 'attributed');
    await settled(page, PAGE_RESULTS);
    for (const meta of await page.locator(`${PAGE_RESULTS} .search-result__meta`).allInnerTexts()) expect(meta).toMatch(/^Attributed statement · Vladimir Putin/);

    await page.selectOption('select[name="type"]', '');
    await page.selectOption('select[name="claimant"]', '');
    await page.selectOption('select[name="article"]', 'washington-post-enemy-of-all');
    await settled(page, PAGE_RESULTS);
    expect(searchState(page)).toEqual({ q: 'Putin', article: 'washington-post-enemy-of-all' });
    const inPost = await optionHrefs(page, PAGE_RESULTS);
    expect(inPost.length).toBeGreaterThan(0);
    expect(inPost.length).toBeLessThan(everything.length);
    for (const link of inPost) expect(link).toContain(POST);
    expect(errors).toEqual([]);
  });

  it('puts the search in the URL: it can be shared, and Back and Forward walk through searches', async () => {
    const context = await contextFor();
    const { page, errors } = await openPage(context, '/search/');
    const field = page.locator(PAGE_FIELD);
    const firstResult = () => page.locator(`${PAGE_RESULTS} [role="option"]`).first().innerText();
    await expect(page.locator('[data-search-help]').isVisible()).resolves.toBe(true);

    await field.click();
    await page.keyboard.type('Beslan');
    await settled(page, PAGE_RESULTS);
    expect(searchState(page)).toEqual({ q: 'Beslan' });
    await expect(firstResult()).resolves.toContain('Beslan');
    await expect(page.title()).resolves.toMatch(/^“Beslan” · Search/);
    await page.keyboard.press('Enter');

    await page.keyboard.press('Control+a');
    await page.keyboard.type('duty to warn');
    await settled(page, PAGE_RESULTS);
    await page.selectOption('select[name="article"]', 'economist-uses-of-terror');
    await settled(page, PAGE_RESULTS);
    expect(searchState(page)).toEqual({ q: 'duty to warn', article: 'economist-uses-of-terror' });
    const shared = page.url();
    const sharedResults = await optionHrefs(page, PAGE_RESULTS);

    await page.goBack();
    await settled(page, PAGE_RESULTS);
    expect(searchState(page)).toEqual({ q: 'duty to warn' });
    await expect(page.locator('select[name="article"]').inputValue()).resolves.toBe('');
    await page.goBack();
    await settled(page, PAGE_RESULTS);
    expect(searchState(page)).toEqual({ q: 'Beslan' });
    await expect(field.inputValue()).resolves.toBe('Beslan');
    await expect(firstResult()).resolves.toContain('Beslan');
    await page.goBack();
    await settled(page, PAGE_RESULTS);
    expect(searchState(page)).toEqual({});
    await expect(field.inputValue()).resolves.toBe('');
    await expect(page.locator('[data-search-help]').isVisible()).resolves.toBe(true);
    await page.goForward();
    await page.goForward();
    await page.goForward();
    await settled(page, PAGE_RESULTS);
    expect(page.url()).toBe(shared);
    await expect(optionHrefs(page, PAGE_RESULTS)).resolves.toEqual(sharedResults);

    // The same URL, opened by someone else, shows the same search.
    const elsewhere = await contextFor();
    const opened = await elsewhere.newPage();
    await opened.goto(shared);
    await settled(opened, PAGE_RESULTS);
    await expect(opened.locator(PAGE_FIELD).inputValue()).resolves.toBe('duty to warn');
    await expect(opened.locator('select[name="article"]').inputValue()).resolves.toBe('economist-uses-of-terror');
    await expect(optionHrefs(opened, PAGE_RESULTS)).resolves.toEqual(sharedResults);
    expect(errors).toEqual([]);
  });

  it('helps when nothing matches, when filters hide the results, and before anything is typed', async () => {
    const context = await contextFor();
    const { page, errors } = await openPage(context, searchUrl({ q: 'qwxzyv' }));
    await settled(page, PAGE_RESULTS);
    await expect(page.locator('[data-search-status]').innerText()).resolves.toBe('Results for “qwxzyv”: nothing found.');
    await expect(page.locator(PAGE_RESULTS).isVisible()).resolves.toBe(false);
    await expect(page.locator('.search-notice a').getAttribute('href')).resolves.toBe('/claims/');

    await page.goto(siteUrl(searchUrl({ q: 'Beslan', claimant: 'dmitry-medvedev' })));
    await settled(page, PAGE_RESULTS);
    await expect(page.locator('.search-notice').innerText()).resolves.toMatch(/\d+ results are hidden by the filters/);
    await page.getByRole('button', { name: 'Search without filters' }).click();
    await settled(page, PAGE_RESULTS);
    expect(searchState(page)).toEqual({ q: 'Beslan' });
    await expect(page.locator(`${PAGE_RESULTS} [role="option"]`).count()).resolves.toBeGreaterThan(0);

    await page.goto(siteUrl('/search/'));
    const help = page.locator('[data-search-help]');
    await expect(help.isVisible()).resolves.toBe(true);
    const suggestion = help.locator('a[href*="claimant="]').first();
    const name = await suggestion.innerText();
    await suggestion.click();
    await settled(page, PAGE_RESULTS);
    await expect(page.locator('[data-search-status]').innerText()).resolves.toMatch(/^With these filters: \d+ claims?\.$/);
    for (const meta of await page.locator(`${PAGE_RESULTS} .search-result__meta`).allInnerTexts()) expect(meta).toContain(name);

    await page.locator(PAGE_FIELD).fill('!!! 💣');
    await settled(page, PAGE_RESULTS);
    await expect(page.locator('[data-search-status]').innerText()).resolves.toBe('“!!! 💣” has no word of two letters or more to search for.');

    await searchInHeader(page, 'qwxzyv');
    await expect(page.locator('.site-search__message').innerText()).resolves.toBe('Nothing matches “qwxzyv”. Check the spelling or try fewer words.');
    expect(errors).toEqual([]);
  });

  it('highlights the claims a search matches in the article, without touching its text, until cleared', async () => {
    const context = await contextFor();
    const { page, errors } = await openPage(context, ECONOMIST);
    const bodyText = () => page.locator('#article-body').evaluate((body) => body.textContent);
    const before = await bodyText();

    await page.keyboard.press('/');
    await page.keyboard.type('gruesome videos');
    await settled(page, HEADER_RESULTS);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Highlight the matching claim in this piece');
    await page.keyboard.press('Enter');

    const matches = await page.locator('mark.claim.search-match').evaluateAll((marks) => [...new Set(marks.map((mark) => mark.getAttribute('data-claim')))]);
    expect(matches).toHaveLength(1);
    await expect(page.locator('mark.claim.search-match').first().innerText()).resolves.toContain('gruesome videos');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(`claim-${matches[0]}`);
    await expect(page.getByRole('region', { name: 'Claims matching your search' }).innerText()).resolves.toContain('1 claim in this piece matches “gruesome videos”.');
    await expect(bodyText()).resolves.toBe(before);

    await page.keyboard.press('Escape');
    await expect(page.locator('mark.claim.search-match').count()).resolves.toBe(0);
    await expect(page.locator('.search-highlights').count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-query');
    await expect(bodyText()).resolves.toBe(before);
    expect(errors).toEqual([]);
  });

  /** Watches a context for dialogs and script errors, and counts elements a query could have injected. */
  async function hostileWatch(context: BrowserContext) {
    const dialogs: string[] = [];
    const errors: string[] = [];
    context.on('page', (page) => {
      page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
      page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
    });
    const injected = (page: Page) =>
      page.evaluate(() => ({
        pwned: 'pwned' in window || '__pwned' in window,
        foreign: document.querySelectorAll('script:not([src]):not([type="application/ld+json"]), img, iframe, svg, object, embed, b, i').length,
        inResults: [...document.querySelectorAll('.search-results *')].filter((node) => !['UL', 'LI', 'A', 'SPAN', 'MARK'].includes(node.tagName)).length,
      }));
    return { dialogs, errors, injected };
  }

  it(`treats ${HOSTILE_QUERIES.length} hostile queries typed in the header as inert text`, async () => {
    const context = await contextFor();
    const { dialogs, errors, injected } = await hostileWatch(context);
    const page = await context.newPage();
    await page.goto(siteUrl('/'));
    const baseline = await injected(page);
    for (const { name, query } of HOSTILE_QUERIES) {
      await searchInHeader(page, query);
      expect(await injected(page), name).toEqual(baseline);
      await expect(page.locator('.site-search__message').innerText(), name).resolves.not.toContain('could not');
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('treats hostile queries and filter values in a /search/ URL as inert text', async () => {
    const context = await contextFor();
    const { dialogs, errors, injected } = await hostileWatch(context);
    const page = await context.newPage();
    await page.goto(siteUrl(searchUrl({ q: 'Putin' })));
    await settled(page, PAGE_RESULTS);
    const baseline = await injected(page);
    // Servers refuse URLs longer than about 8 KB; longer queries are tested typed, above.
    const urls = HOSTILE_QUERIES.map(({ name, query }) => ({ name, url: searchUrl({ q: query, type: '<script>', claimant: '__proto__' }) })).filter(({ url }) => url.length <= 8_000);
    expect(urls.length).toBeGreaterThanOrEqual(30);
    for (const { name, url } of urls) {
      await page.goto(siteUrl(url));
      await settled(page, PAGE_RESULTS);
      expect(await injected(page), name).toEqual(baseline);
      await expect(page.locator('select[name="type"]').inputValue()).resolves.toBe('');
      await expect(page.locator('[data-search-status]').innerText(), name).resolves.not.toContain('could not');
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it.each(['light', 'dark'] as const)('has no accessibility violations with results showing, in %s mode', async (colorScheme) => {
    const context = await contextFor({ colorScheme });
    const { page } = await openPage(context, ECONOMIST);
    await searchInHeader(page, 'Medvedv');
    await page.keyboard.press('ArrowDown');
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.goto(siteUrl(searchUrl({ q: 'duty to warn', article: 'economist-uses-of-terror' })));
    await settled(page, PAGE_RESULTS);
    await page.locator(PAGE_FIELD).focus();
    await page.keyboard.press('ArrowDown');
    await expect(axeViolations(page)).resolves.toEqual([]);
  }, 60_000);

  it('without JavaScript, the header form still goes to /search/, which explains that search needs it', async () => {
    const context = await contextFor({ javaScriptEnabled: false });
    const { page } = await openPage(context, POST);
    await page.locator(HEADER_FIELD).fill('Beslan');
    await page.keyboard.press('Enter');
    await page.waitForURL(siteUrl(searchUrl({ q: 'Beslan' })));
    const notice = page.locator('.search-needs-javascript');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.innerText()).resolves.toContain('Search runs in your browser and needs JavaScript');
    await expect(notice.getByRole('link', { name: 'the claims index' }).getAttribute('href')).resolves.toBe('/claims/');
    await expect(page.locator('[data-search-help]').isVisible()).resolves.toBe(false);
  });
});
