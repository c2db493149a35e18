import type { Page, Route } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, openPage, useChromium, useContexts } from '../support/chromium';

/**
 * Search when parts of its index fail to arrive: offline, 404 or cut short. What
 * was found is shown, with a polite word; the list never stays busy and no error is
 * thrown.
 */

const RESULTS = '#search-page-listbox';
const STATUS = '[data-search-status]';
const SHARDS = /\/search-index\/[0-9a-f]+-\d+\.json$/;
const DICTIONARY = /\/search-index\/dictionary\.json$/;

async function searchFor(page: Page, query: string): Promise<void> {
  await page.locator('#search-query').fill(query);
  await page.waitForSelector(`${RESULTS}[aria-busy="false"]`, { state: 'attached' });
}

describeInBrowser('search with shards that fail', () => {
  const browser = useChromium();
  const contextFor = useContexts(browser);

  it.each([
    ['offline', (route: Route) => route.abort('internetdisconnected')],
    ['404', (route: Route) => route.fulfill({ status: 404, body: 'Not found' })],
    ['truncated JSON', (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version":"' })],
  ])('shows the results found and says some are missing when the first shard is %s, then recovers', async (_, fail) => {
    const context = await contextFor();
    let failing = true;
    await context.route(SHARDS, (route) => (failing && route.request().url().endsWith('-0.json') ? fail(route) : route.continue()));
    const { page, errors } = await openPage(context, '/search/');
    await searchFor(page, 'Putin');
    await expect(page.locator(STATUS).innerText()).resolves.toMatch(/^Results for “Putin”: .* Some results may be missing: part of the index did not load\. Check your connection and search again\.$/);
    expect(await page.locator(`${RESULTS} [role="option"]`).count()).toBeGreaterThan(0);

    failing = false;
    await searchFor(page, 'Putin Russia');
    await expect(page.locator(STATUS).innerText()).resolves.not.toContain('missing');
    expect(errors).toEqual([]);
  });

  it('says search could not be loaded when the dictionary cannot be, without a stuck list', async () => {
    const context = await contextFor();
    await context.route(DICTIONARY, (route) => route.abort('internetdisconnected'));
    const { page, errors } = await openPage(context, '/search/');
    await searchFor(page, 'Putin');
    await expect(page.locator(STATUS).innerText()).resolves.toBe('Search could not be loaded. Check your connection and reload the page.');
    expect(errors).toEqual([]);
  });
});
