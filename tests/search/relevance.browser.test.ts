import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, openPage, PHONE, useChromium, useContexts } from '../support/chromium';

/**
 * The relevance rules, tried as a reader would on /search/?q= over the real index:
 * every result shows a word it matched, marked; the whole phrase first; numbers and
 * hyphenated names as typed; landing marks the words; people lead to their claims.
 */

const RESULTS = '#search-page-listbox';

async function searchPage(page: Page, query: string): Promise<void> {
  await page.goto(new URL(`/search/?${new URLSearchParams({ q: query })}`, page.url()).href);
  await page.waitForSelector(`${RESULTS}[aria-busy="false"] [role="option"]`, { state: 'attached' });
}

/** Each result: its kind, the words marked in it, and what it says. */
const results = (page: Page) =>
  page.locator(`${RESULTS} [role="option"]`).evaluateAll((options) =>
    options.map((option) => ({
      kind: option.className.replace(/.*search-result--/, ''),
      marked: [...option.querySelectorAll('mark.search-hit')].map((mark) => mark.textContent!),
      text: (option as HTMLElement).innerText,
      href: option.getAttribute('href')!,
    })),
  );

describeInBrowser('search relevance', () => {
  const browser = useChromium();
  const contextFor = useContexts(browser);

  it.each(['death toll', 'ISIS-K', 'embassy concerts', 'Bryansk suspects', 'duty to warn'])('every result for “%s” shows a word it matched, marked', async (query) => {
    const { page, errors } = await openPage(await contextFor(), '/');
    await searchPage(page, query);
    const found = await results(page);
    expect(found.length).toBeGreaterThan(3);
    const words = query.toLowerCase().split(/\s+/);
    for (const result of found) {
      expect(result.marked.length, result.text).toBeGreaterThan(0);
      for (const mark of result.marked) expect(words.some((word) => mark.toLowerCase().startsWith(word.slice(0, 3))), `${mark} in ${result.text}`).toBe(true);
    }
    expect(errors).toEqual([]);
  });

  it('ranks the whole phrase first and says when the words are in a claim’s note', async () => {
    const { page } = await openPage(await contextFor(), '/');
    await searchPage(page, 'death toll');
    const found = await results(page);
    expect(found[0]!.text.toLowerCase()).toContain('death toll');
    const events = found.filter((result) => result.kind === 'event');
    expect(events[0]!.text.toLowerCase()).toContain('toll');
    const inNote = found.filter((result) => result.text.includes('In the note:'));
    expect(inNote.length).toBeGreaterThan(0);
  });

  it('finds numbers and hyphenated names as typed', async () => {
    const { page } = await openPage(await contextFor(), '/');
    await searchPage(page, '390km');
    for (const result of await results(page)) expect(result.marked).toEqual(expect.arrayContaining(['390km']));
    await searchPage(page, 'ISIS-K');
    const marks = (await results(page)).flatMap((result) => result.marked);
    expect(marks.length).toBeGreaterThan(5);
    for (const mark of marks) expect(mark).toMatch(/^ISIS-K$/i);
  });

  it('marks the searched words where a result lands, until the reader moves on', async () => {
    const { page, errors } = await openPage(await contextFor(), '/');
    await searchPage(page, 'death toll');
    const passage = page.locator(`${RESULTS} .search-result--passage`).first();
    await passage.click();
    await page.waitForURL(/searched=death\+toll/);
    const marked = () => page.evaluate(() => [...(CSS.highlights.get('searched-words') ?? [])].map((range) => (range as Range).toString()));
    await expect.poll(marked).toEqual(expect.arrayContaining(['death', 'toll']));
    await page.keyboard.press('Escape');
    await expect.poll(marked).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('leads from a person to their claims and timeline events, not back to the search', async () => {
    const { page } = await openPage(await contextFor(), '/');
    await searchPage(page, 'Piknik');
    const person = page.locator(`${RESULTS} .search-result--person`).first();
    const target = (await person.getAttribute('href'))!;
    expect(target).toMatch(/^\/people\/\?searched=piknik#person-/);
    await person.click();
    await page.waitForURL(/\/people\//);
    const id = new URL(page.url()).hash.slice(1);
    const section = page.locator(`section:has(> h2#${id})`);
    await expect(section.locator('h3').allInnerTexts()).resolves.toEqual(expect.arrayContaining([expect.stringMatching(/timeline event/)]));
    expect(await section.locator('a').count()).toBeGreaterThan(0);
  });

  it('a claim names who makes it with a link to their claims and events', async () => {
    const { page } = await openPage(await contextFor(), '/claims/economist-bortnikov-allegation/');
    await page.locator('.claim-page__more > summary').click();
    const who = page.locator('.claim-attribution__who');
    const name = await who.innerText();
    await who.click();
    await page.waitForURL(/\/people\/#person-/);
    const id = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`h2#${id}`).innerText()).resolves.toBe(name);
    await expect(page.locator(`section:has(> h2#${id}) a[href$="/claims/economist-bortnikov-allegation/"]`).count()).resolves.toBeGreaterThan(0);
  });

  it('on a phone, shows the first results on the first screen, the filters behind a disclosure', async () => {
    const { page, errors } = await openPage(await contextFor(PHONE), '/');
    await searchPage(page, 'death toll');
    const disclosure = page.locator('details[data-search-filters]');
    await expect(disclosure.evaluate((details) => (details as HTMLDetailsElement).open)).resolves.toBe(false);
    const first = await page.locator(`${RESULTS} [role="option"]`).first().boundingBox();
    expect(first!.y + first!.height).toBeLessThanOrEqual(740);
    await disclosure.locator('summary').click();
    await expect(page.locator('select[name="claimant"]').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });
});
