import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { claimIdOf, exactOf, readAnnotations } from '../support/annotations';
import { describeInBrowser, DESKTOP, openPage, PHONE, useChromium, useContexts } from '../support/chromium';
import { readClaims } from '../support/claims';

const ARTICLES = ['economist-uses-of-terror', 'washington-post-enemy-of-all'];
const economist = await readAnnotations('economist-uses-of-terror');
/** The Economist's claims with a verdict, in reading order: what the page highlights by default. */
const assessed = new Set((await readClaims('economist-uses-of-terror')).filter((claim) => claim.assessment).map((claim) => claim.id));
const checkedInOrder = economist.first.items.map(claimIdOf).filter((id) => assessed.has(id));
const firstClaim = checkedInOrder[0]!;

async function noteState(page: Page, claimId: string) {
  return page.evaluate((id) => {
    const note = document.getElementById(`note-${id}`)!;
    const marker = document.querySelector(`.claim-marker[data-claim="${id}"]`)!;
    const box = note.getBoundingClientRect();
    return {
      expanded: note.classList.contains('is-expanded'),
      ariaExpanded: marker.getAttribute('aria-expanded'),
      reasonVisible: (note.querySelector('.claim-ruling__reason') as HTMLElement).checkVisibility(),
      focusInNote: note.contains(document.activeElement),
      inViewport: box.top >= 0 && box.bottom <= window.innerHeight + 1 && box.height > 0,
      position: getComputedStyle(note).position,
    };
  }, claimId);
}

describeInBrowser('claim annotations in the article', () => {
  const browser = useChromium();
  const contextFor = useContexts(browser);

  it.each(ARTICLES)('%s: every exported position and quote selects exactly the marked words, in the text and the header', async (articleId) => {
    const { first } = await readAnnotations(articleId);
    const context = await contextFor();
    const { page, errors } = await openPage(context, `/articles/${articleId}/`);
    const checks = await page.evaluate((items) => {
      return items.map((item) => {
        const id = item.id.slice(item.id.indexOf('#claim-') + 7);
        const [first, css] = item.target.selector;
        // Positions and a header claim's quote count in the element the selector names.
        const quote = first.type === 'CssSelector' ? first.refinedBy : first;
        const container = document.querySelector(css.value)!;
        const text = container.textContent ?? '';
        const marked = [...container.querySelectorAll(`mark.claim[data-claim="${id}"]`)].map((mark) => mark.textContent).join('');
        return {
          id,
          byPosition: text.slice(css.refinedBy.start, css.refinedBy.end) === quote.exact,
          byMark: marked === quote.exact,
          byContext: text.slice(css.refinedBy.start - quote.prefix.length, css.refinedBy.end + quote.suffix.length) === quote.prefix + quote.exact + quote.suffix,
        };
      });
    }, first.items);
    expect(checks.length).toBeGreaterThan(0);
    expect(first.items.some((item) => item.target.selector[1].value !== '#article-body'), 'the export has header claims').toBe(true);
    expect(checks.filter((check) => !(check.byPosition && check.byMark && check.byContext))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('on a wide screen, notes sit in the margin beside their passages without overlapping', async () => {
    const context = await contextFor({ viewport: { width: 1440, height: 900 } });
    const { page } = await openPage(context, '/articles/economist-uses-of-terror/');
    const layout = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.claim-note')].filter((note) => note.checkVisibility()).map((note) => {
        const mark = document.getElementById(`claim-${note.dataset.claim}`)!;
        const body = document.getElementById('article-body')!.getBoundingClientRect();
        const box = note.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom, left: box.left, markTop: mark.getBoundingClientRect().top, bodyRight: body.right, inBody: mark.closest('#article-body') !== null, layoutTop: document.querySelector('.article-layout')!.getBoundingClientRect().top };
      }),
    );
    expect(layout.length).toBeGreaterThan(0);
    layout.forEach((note, index) => {
      expect(note.left).toBeGreaterThan(note.bodyRight);
      expect(note.top).toBeGreaterThanOrEqual(note.markTop - 1);
      if (index > 0) expect(note.top).toBeGreaterThanOrEqual(layout[index - 1]!.bottom);
    });
    // Each note is level with its passage, or just below the note before it; the header's claims come first, from the top of the margin.
    expect(layout.findIndex((note) => note.inBody)).toBeGreaterThan(0);
    layout.forEach((note, index) => {
      const free = index === 0 ? note.layoutTop : layout[index - 1]!.bottom + 12;
      expect(Math.abs(note.top - Math.max(note.markTop, free))).toBeLessThan(2);
    });
  });

  it('opens a note with the mouse, and closes it again', async () => {
    const context = await contextFor(DESKTOP);
    const { page, errors } = await openPage(context, '/articles/economist-uses-of-terror/');
    await page.locator(`.claim-marker[data-claim="${firstClaim}"]`).click();
    expect(await noteState(page, firstClaim)).toMatchObject({ expanded: true, ariaExpanded: 'true', reasonVisible: true });
    await page.locator(`.claim-marker[data-claim="${firstClaim}"]`).click();
    expect(await noteState(page, firstClaim)).toMatchObject({ expanded: false, ariaExpanded: 'false' });
    expect(errors).toEqual([]);
  });

  it('opens a note from the keyboard with Enter or Space, and Escape returns focus to the marker', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, '/articles/economist-uses-of-terror/');
    const marker = page.locator(`.claim-marker[data-claim="${firstClaim}"]`);
    await expect(marker.getAttribute('role')).resolves.toBe('button');
    await marker.focus();
    await page.keyboard.press('Enter');
    expect(await noteState(page, firstClaim)).toMatchObject({ expanded: true, focusInNote: true });
    await page.keyboard.press('Escape');
    expect(await noteState(page, firstClaim)).toMatchObject({ expanded: false });
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.claim)).resolves.toBe(firstClaim);
    await page.keyboard.press('Space');
    expect(await noteState(page, firstClaim)).toMatchObject({ expanded: true });
  });

  it('on a phone, a tap opens the note as a sheet in view, and its close button closes it', async () => {
    const context = await contextFor(PHONE);
    const { page } = await openPage(context, '/articles/economist-uses-of-terror/');
    await page.locator(`.claim-marker[data-claim="${firstClaim}"]`).tap();
    expect(await noteState(page, firstClaim)).toMatchObject({ expanded: true, position: 'fixed', inViewport: true, reasonVisible: true });
    await page.locator(`#note-${firstClaim} .claim-note__close`).tap();
    expect(await noteState(page, firstClaim)).toMatchObject({ expanded: false, position: 'relative' });
  });

  it('on a phone, a note opened low on the page leaves its passage in view above the sheet, and a tap elsewhere closes it', async () => {
    const context = await contextFor({ ...PHONE, reducedMotion: 'reduce' });
    const { page } = await openPage(context, '/articles/economist-uses-of-terror/');
    const lowClaim = checkedInOrder[Math.floor(checkedInOrder.length * 0.6)]!;
    const marker = page.locator(`.claim-marker[data-claim="${lowClaim}"]`);
    await marker.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -window.innerHeight * 0.05));
    await marker.tap();
    expect(await noteState(page, lowClaim)).toMatchObject({ expanded: true, position: 'fixed' });
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const passage = document.getElementById(`claim-${id}`)!.getBoundingClientRect();
          const sheet = document.getElementById(`note-${id}`)!.getBoundingClientRect();
          return passage.top >= 0 && passage.bottom <= sheet.top;
        }, lowClaim),
      )
      .toBe(true);
    // A swipe to scroll the page is not a tap elsewhere: the sheet stays.
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: 180, y }] });
    await touch('touchStart', 300);
    for (const y of [280, 250, 220, 190]) await touch('touchMove', y);
    await touch('touchEnd', 190);
    expect(await noteState(page, lowClaim)).toMatchObject({ expanded: true });
    // A tap while the page still glides is taken to stop it, not as a click: wait for it to come to rest.
    await expect
      .poll(() => page.evaluate(() => new Promise((resolve) => { const before = window.scrollY; setTimeout(() => resolve(window.scrollY === before), 150); })))
      .toBe(true);
    // Plain words, not the headline, which holds a claim of its own.
    await page.locator('.in-short__checked').tap();
    await expect.poll(async () => (await noteState(page, lowClaim)).expanded).toBe(false);
  });

  it('on a phone, moving the focus out of an open note closes it, so nothing focused hides behind the sheet', async () => {
    const context = await contextFor(PHONE);
    const { page } = await openPage(context, '/articles/economist-uses-of-terror/');
    await page.locator(`.claim-marker[data-claim="${firstClaim}"]`).focus();
    await page.keyboard.press('Enter');
    expect(await noteState(page, firstClaim)).toMatchObject({ expanded: true, focusInNote: true });
    const stops = await page.locator(`#note-${firstClaim}`).evaluate((note) => [...note.querySelectorAll('a[href], button, summary')].filter((control) => control.checkVisibility()).length);
    for (let stop = 0; stop < stops; stop++) await page.keyboard.press('Tab');
    expect(await noteState(page, firstClaim), 'open while the focus is on its last control').toMatchObject({ expanded: true });
    await page.keyboard.press('Tab');
    expect(await noteState(page, firstClaim)).toMatchObject({ expanded: false });
  });

  it('Escape closes the search first, then the open note, wherever the focus is', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, '/articles/economist-uses-of-terror/');
    await page.locator(`.claim-marker[data-claim="${firstClaim}"]`).click();
    await page.keyboard.press('/');
    await page.keyboard.type('Medvedev');
    await page.locator('.search-result').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await noteState(page, firstClaim)).toMatchObject({ expanded: true });
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).type)).resolves.toBe('search');
    await page.locator('a.paragraph-permalink').first().focus();
    await page.keyboard.press('Escape');
    expect(await noteState(page, firstClaim)).toMatchObject({ expanded: false });
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.claim)).resolves.toBe(firstClaim);
  });

  it('highlights no claim on request, and remembers it', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, '/articles/economist-uses-of-terror/');
    const background = () => page.locator(`#claim-${firstClaim}`).evaluate((mark) => getComputedStyle(mark).backgroundColor);
    const shown = await background();
    await page.getByRole('radio', { name: 'None' }).check();
    expect(await background()).not.toBe(shown);
    await expect(page.locator('.claim-marker').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.event-pin').first().isVisible()).resolves.toBe(false);
    await page.goto(new URL('/articles/economist-uses-of-terror/', page.url()).href);
    await expect(page.getByRole('radio', { name: 'None' }).isChecked()).resolves.toBe(true);
  });

  it('without JavaScript every note is readable and linked both ways', async () => {
    const context = await contextFor({ ...DESKTOP, javaScriptEnabled: false });
    const { page } = await openPage(context, '/articles/economist-uses-of-terror/');
    const count = economist.total;
    await expect(page.locator('.claim-note').count()).resolves.toBe(count);
    const note = page.locator(`#note-${firstClaim}`);
    await note.locator('summary').click();
    await expect(note.locator('.claim-note__context').isVisible()).resolves.toBe(true);
    await page.locator(`.claim-marker[data-claim="${firstClaim}"]`).click();
    expect(new URL(page.url()).hash).toBe(`#note-${firstClaim}`);
    await note.getByRole('link', { name: 'Back to the passage' }).click();
    expect(new URL(page.url()).hash).toBe(`#claim-${firstClaim}`);
  });
});

describeInBrowser('claim pages', () => {
  const browser = useChromium();
  const contextFor = useContexts(browser);

  it('a claim page says who said it, when and where, its sources, its assessment and the same claim in the other piece', async () => {
    const context = await contextFor(DESKTOP);
    const { page, errors } = await openPage(context, '/claims/post-putin-blackmail/');
    const section = (heading: string) => page.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) });
    await expect(page.locator('h1').innerText()).resolves.toMatch(/^On 19 March Putin called the US warning/);
    await expect(page.locator('.claim-page__ruling .verdict').innerText()).resolves.toBe('✓Accurate');
    await expect(page.locator('.claim-page__ruling .claim-ruling__reason').innerText()).resolves.toMatch(/.{20,}/);
    await page.getByText('More: who says it, context and sources').click();
    await expect(section('Who says it').innerText()).resolves.toContain('Vladimir Putin (President of Russia). Said on 19 March 2024, at a meeting of the FSB board.');
    await expect(section('Context').innerText()).resolves.toContain('Sources: Anadolu Agency');
    await expect(section('Assessment').innerText()).resolves.toContain('Checked against: Anadolu Agency');
    const related = page.locator('.related-claims');
    await expect(related.getByRole('heading').innerText()).resolves.toBe('In the other piece');
    await expect(related.locator('li').innerText()).resolves.toMatch(/^Agrees The Economist: “blasted the American warnings/);
    await related.locator('li a').first().click();
    await page.waitForURL('**/articles/economist-uses-of-terror/#claim-economist-putin-blackmail');
    await expect.poll(async () => (await noteState(page, 'economist-putin-blackmail')).expanded).toBe(true);
    expect(errors).toEqual([]);
  });

  it('“Read in context” lands on the highlighted passage with its note open', async () => {
    const context = await contextFor(DESKTOP);
    const { page, errors } = await openPage(context, `/claims/${firstClaim}/`);
    await expect(page.locator('.claim-passage mark').innerText()).resolves.toBe(exactOf(economist.first.items.find((item) => claimIdOf(item) === firstClaim)!));
    await page.getByRole('link', { name: 'Read in context' }).click();
    await page.waitForURL(`**/articles/economist-uses-of-terror/#claim-${firstClaim}`);
    const arrival = () =>
      page.evaluate((id) => {
        const mark = document.getElementById(`claim-${id}`)!;
        const box = mark.getBoundingClientRect();
        return { targeted: mark.matches(':target'), inView: box.top >= 0 && box.bottom <= window.innerHeight };
      }, firstClaim);
    // Scrolling may be animated; wait for it to settle.
    await expect.poll(arrival).toEqual({ targeted: true, inView: true });
    expect((await noteState(page, firstClaim)).expanded).toBe(true);
    expect(errors).toEqual([]);
  });

  it('the claims index filters by type and claimant, keeps the filter in the URL, and Back undoes it', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, '/claims/');
    const visibleRows = () => page.locator('.claim-row').evaluateAll((rows) => rows.filter((row) => (row as HTMLElement).checkVisibility()).map((row) => (row as HTMLElement).dataset));
    const all = await visibleRows();
    expect(all.length).toBeGreaterThan(1);
    const type = all[0]!.type!;
    await page.selectOption('select[name="type"]', type);
    const filtered = await visibleRows();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    expect(filtered.every((row) => row.type === type)).toBe(true);
    expect(new URL(page.url()).searchParams.get('type')).toBe(type);
    await expect(page.locator('.claim-filters__status').innerText()).resolves.toBe(
      filtered.length === all.length ? `${all.length} claims in all` : `${filtered.length} of ${all.length} claims shown`,
    );
    const claimant = filtered[0]!.claimant!;
    await page.selectOption('select[name="claimant"]', claimant);
    const narrowed = await visibleRows();
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((row) => row.type === type && row.claimant === claimant)).toBe(true);
    expect(new URL(page.url()).searchParams.get('claimant')).toBe(claimant);
    await page.goBack();
    expect((await visibleRows()).length).toBe(filtered.length);
    await page.goBack();
    expect((await visibleRows()).length).toBe(all.length);
    await page.goForward();
    expect((await visibleRows()).length).toBe(filtered.length);
  });

  it('the claims index filters without JavaScript too', async () => {
    const context = await contextFor({ ...DESKTOP, javaScriptEnabled: false });
    const { page } = await openPage(context, '/claims/');
    const total = await page.locator('.claim-row').count();
    await page.selectOption('select[name="verdict"]', 'none');
    const shown = await page.locator('.claim-row').evaluateAll((rows) => rows.filter((row) => (row as HTMLElement).checkVisibility()).map((row) => (row as HTMLElement).dataset.verdict));
    expect(shown.length).toBeLessThan(total);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((value) => value === 'none')).toBe(true);
    // Nothing counts without the script, so the unfiltered total is not left standing.
    await expect(page.locator('.claim-filters__status').isVisible()).resolves.toBe(false);
    await page.selectOption('select[name="article"]', 'washington-post-enemy-of-all');
    await expect(page.locator('#claims-in-economist-uses-of-terror').isVisible()).resolves.toBe(false);
    await expect(page.locator('#claims-in-washington-post-enemy-of-all').isVisible()).resolves.toBe(true);
  });
});
