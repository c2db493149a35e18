import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { CLIPBOARD, DESKTOP, describeInBrowser, openPage, PHONE, useChromium, useContexts } from '../support/chromium';
import { firstLine, readingMeasures } from '../support/reading';
import { readClaims } from '../support/claims';
import { CHECKABLE_TYPES } from '../../src/content/vocabulary';

const ARTICLES = ['economist-uses-of-terror', 'washington-post-enemy-of-all'];
const ECONOMIST = `/articles/${ARTICLES[0]}/`;
const claims = await readClaims(ARTICLES[0]!);
/** A claim without a verdict (opinion, analysis, prediction), and one with. */
const opinion = claims.find((claim) => !CHECKABLE_TYPES.has(claim.type))!;
const checked = claims.filter((claim) => claim.assessment);
/** The body's claims, which `readingMeasures` counts: the page header's are checked on their own. */
const inBody = (claim: { in?: string | undefined }) => (claim.in ?? 'body') === 'body';

const noteOpen = (page: Page, claimId: string) => page.locator(`#note-${claimId}`).evaluate((note) => note.classList.contains('is-expanded'));
/** The claims of the page header that are highlighted, and whose markers show. */
const headerHighlights = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.article-header mark.claim')]
      .filter((mark) => getComputedStyle(mark).textDecorationLine.includes('underline') && document.querySelector<HTMLElement>(`.article-header .claim-marker[data-claim="${mark.dataset.claim}"]`)!.checkVisibility())
      .map((mark) => mark.dataset.claim!)
      .sort(),
  );
/** Two frames later: a note the click would have opened has opened by then. */
const settled = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
const focusedClaim = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.claim);

describeInBrowser('the annotated text', () => {
  const browser = useChromium();
  const contextFor = useContexts(browser);

  it.each(ARTICLES)('%s highlights by default only the claims with a verdict, well under half the text; “All” shows the rest', async (articleId) => {
    const context = await contextFor(DESKTOP);
    const { page, errors } = await openPage(context, `/articles/${articleId}/`);
    const claims = await readClaims(articleId);
    const own = claims.filter(inBody);
    const inHeader = claims.filter((claim) => !inBody(claim));
    const byDefault = await readingMeasures(page);
    expect(byDefault.visibleClaims).toBe(own.filter((claim) => claim.assessment).length);
    expect(byDefault.highlightedShare).toBeLessThan(0.45);
    // The page header's claims follow the same choice.
    await expect(headerHighlights(page)).resolves.toEqual(inHeader.filter((claim) => claim.assessment).map((claim) => claim.id).sort());
    await page.getByRole('radio', { name: 'All' }).check();
    const all = await readingMeasures(page);
    expect(all.visibleClaims).toBe(own.length);
    await expect(headerHighlights(page)).resolves.toEqual(inHeader.map((claim) => claim.id).sort());
    expect(all.highlightedShare).toBeGreaterThan(byDefault.highlightedShare);
    await page.getByRole('radio', { name: 'None' }).check();
    expect((await readingMeasures(page)).highlightedShare).toBe(0);
    expect(errors).toEqual([]);
  });

  it.each(ARTICLES)('%s: one Tab stop for each claim shown, none for the others or the timeline pins, and the marks themselves are not stops', async (articleId) => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, `/articles/${articleId}/`);
    for (const choice of ['Checked', 'All']) {
      await page.getByRole('radio', { name: choice }).check();
      const measures = await readingMeasures(page);
      expect(Object.values(measures.stopsPerClaim).filter((stops) => stops !== 1), choice).toEqual([]);
      expect(measures.tabStops.claims, choice).toBe(measures.visibleClaims);
      // Timeline pins are a pointer's shortcut: the same links are the "On the timeline" list after the text.
      expect(measures.tabStops.pins, choice).toBe(0);
      expect(measures.tabStops.other, choice).toBe(0);
    }
  });

  it('a click anywhere on a highlighted passage opens its note; an unhighlighted claim’s words are plain text', async () => {
    const context = await contextFor({ ...DESKTOP, reducedMotion: 'reduce' });
    const { page } = await openPage(context, ECONOMIST);
    // The end of a long passage, far from where it starts: the whole passage is the control.
    const endOf = () =>
      page.evaluate(() => {
        const mark = [...document.querySelectorAll<HTMLElement>('#article-body mark.claim[data-verdict]')].find(
          (candidate) => candidate.getClientRects().length > 1 && !candidate.querySelector('mark.claim') && !candidate.parentElement!.closest('mark.claim'),
        )!;
        // In view, wherever the header and the notices above the text put it.
        mark.scrollIntoView({ block: 'center' });
        const line = [...mark.getClientRects()].at(-1)!;
        return { id: mark.dataset.claim!, x: line.right - 6, y: line.top + line.height / 2 };
      });
    const claim = await endOf();
    await page.mouse.click(claim.x, claim.y);
    await expect.poll(() => noteOpen(page, claim.id)).toBe(true);
    // Opening it may have scrolled the page to show the whole note: the passage is found again.
    const again = await endOf();
    await page.mouse.click(again.x, again.y);
    await expect.poll(() => noteOpen(page, claim.id)).toBe(false);
    await page.locator(`#claim-${opinion.id}`).click();
    await settled(page);
    await expect(noteOpen(page, opinion.id)).resolves.toBe(false);
    // Selecting words in a passage selects them: it does not open the note.
    const start = (await page.locator(`#claim-${claim.id}`).boundingBox())!;
    await page.mouse.move(start.x + 2, start.y + start.height / 2);
    await page.mouse.down();
    await page.mouse.move(start.x + 60, start.y + start.height / 2, { steps: 5 });
    await page.mouse.up();
    await settled(page);
    await expect(noteOpen(page, claim.id)).resolves.toBe(false);
  });

  it('a tap on a highlighted passage opens its note as a sheet on a phone', async () => {
    const context = await contextFor(PHONE);
    const { page } = await openPage(context, ECONOMIST);
    const claim = checked[0]!;
    await page.locator(`#claim-${claim.id}`).tap();
    await expect.poll(() => noteOpen(page, claim.id)).toBe(true);
    await expect(page.locator(`#note-${claim.id}`).evaluate((note) => getComputedStyle(note).position)).resolves.toBe('fixed');
  });

  it('the choice of claims is remembered, is kept in the address, and goes with every copied link', async () => {
    const context = await contextFor(CLIPBOARD);
    const { page } = await openPage(context, ECONOMIST);
    const opinionShown = () => page.locator(`.claim-marker[data-claim="${opinion.id}"]`).isVisible();
    await expect(opinionShown()).resolves.toBe(false);
    await page.getByRole('radio', { name: 'All' }).check();
    await expect(opinionShown()).resolves.toBe(true);
    expect(new URL(page.url()).searchParams.get('claims')).toBe('all');
    const paragraph = page.locator('#article-body > p').nth(1);
    await paragraph.hover();
    await paragraph.locator('a.paragraph-permalink').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\?claims=all#p-/);
    // A fresh visit remembers the choice and says so in its address.
    const again = await openPage(context, ECONOMIST);
    await expect(again.page.getByRole('radio', { name: 'All' }).isChecked()).resolves.toBe(true);
    expect(new URL(again.page.url()).searchParams.get('claims')).toBe('all');
    // A shared link's choice wins over the remembered one.
    const shared = await openPage(context, `${ECONOMIST}?claims=none`);
    await expect(shared.page.locator('.claim-marker').first().isVisible()).resolves.toBe(false);
    await expect(shared.page.getByRole('radio', { name: 'None' }).isChecked()).resolves.toBe(true);
  });

  it('a link to a claim the choice hides shows that claim, with its note open', async () => {
    const context = await contextFor(DESKTOP);
    const { page, errors } = await openPage(context, `${ECONOMIST}#claim-${opinion.id}`);
    await expect.poll(() => noteOpen(page, opinion.id)).toBe(true);
    await expect(page.locator(`.claim-marker[data-claim="${opinion.id}"]`).isVisible()).resolves.toBe(true);
    await expect(page.locator(`#note-${opinion.id}`).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: 'Checked' }).isChecked()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('Tab from an open note goes on to the next claim; Shift+Tab goes back to its own', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, ECONOMIST);
    const [first, second] = await page.locator('#article-body .claim-marker').evaluateAll((markers) =>
      markers.filter((marker) => marker.checkVisibility()).map((marker) => (marker as HTMLElement).dataset.claim!),
    );
    await page.locator(`.claim-marker[data-claim="${first}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => noteOpen(page, first!)).toBe(true);
    // Back to its claim, and from there into the note again.
    await page.keyboard.press('Shift+Tab');
    await expect(focusedClaim(page)).resolves.toBe(first);
    await expect(noteOpen(page, first!)).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate((id) => document.getElementById(`note-${id}`)!.contains(document.activeElement), first)).resolves.toBe(true);
    // Through the note's own controls (close, "More"), then on to the next claim, not the notes after the text.
    for (let stop = 0; stop < 4 && (await focusedClaim(page)) !== second; stop++) await page.keyboard.press('Tab');
    await expect(focusedClaim(page)).resolves.toBe(second);
    await expect(page.evaluate(() => document.activeElement?.classList.contains('claim-marker'))).resolves.toBe(true);
    await expect(noteOpen(page, first!)).resolves.toBe(false);
  });

  it('Escape closes whatever note is open and returns the focus to its claim, wherever the focus was', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, ECONOMIST);
    const claim = checked[1]!;
    await page.locator(`.claim-marker[data-claim="${claim.id}"]`).click();
    await expect.poll(() => noteOpen(page, claim.id)).toBe(true);
    await page.locator('.site-nav a').first().focus();
    await page.keyboard.press('Escape');
    await expect(noteOpen(page, claim.id)).resolves.toBe(false);
    await expect(focusedClaim(page)).resolves.toBe(claim.id);
  });

  it('“/” focuses the search field without moving the page', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, ECONOMIST);
    await page.evaluate(() => window.scrollTo(0, 1500));
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-query');
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(1500);
    await expect(page.locator('#site-search-query').evaluate((field) => {
      const box = field.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).resolves.toBe(true);
  });

  it('a margin note leads with its verdict, fits the window, scrolls inside, and has a close button', async () => {
    const context = await contextFor({ ...DESKTOP, viewport: { width: 1366, height: 600 } });
    const { page } = await openPage(context, ECONOMIST);
    const claim = checked.at(-1)!;
    await page.locator(`.claim-marker[data-claim="${claim.id}"]`).click();
    const note = page.locator(`#note-${claim.id}`);
    await note.locator('summary').click();
    await expect
      .poll(() =>
        note.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return { fits: box.top >= 0 && box.bottom <= window.innerHeight, scrolls: getComputedStyle(element).overflowY };
        }),
      )
      .toEqual({ fits: true, scrolls: 'auto' });
    const order = await note.evaluate((element) => [...element.querySelectorAll('.verdict, .claim-note__summary, .claim-ruling__reason, .claim-note__more')].map((part) => part.className.split(' ')[0]));
    expect(order).toEqual(['verdict', 'claim-note__summary', 'claim-ruling__reason', 'claim-note__more']);
    await note.getByRole('button', { name: 'Close note' }).click();
    await expect(noteOpen(page, claim.id)).resolves.toBe(false);
    await expect(focusedClaim(page)).resolves.toBe(claim.id);
  });

  it.each(ARTICLES)('%s on a 375×740 phone: the text starts on the first screen, and with the script the notes are not repeated after it', async (articleId) => {
    const context = await contextFor(PHONE);
    const { page } = await openPage(context, `/articles/${articleId}/`);
    const line = await firstLine(page);
    expect(line.bottom).toBeLessThanOrEqual(740);
    await expect(page.locator('.claim-notes').evaluate((section) => section.getBoundingClientRect().height)).resolves.toBe(0);
    const text = await page.locator('.article').evaluate((article) => article.getBoundingClientRect().height);
    // The page is its header, the article and a footer: not the article again in notes.
    expect(line.pageHeight).toBeLessThan(text + 1500);
  });

  it('“In short” counts the checks by verdict and links the ones to read first to their passages', async () => {
    const context = await contextFor(DESKTOP);
    const { page, errors } = await openPage(context, ECONOMIST);
    const box = page.locator('.in-short');
    await expect(box.locator('.in-short__checked').innerText()).resolves.toBe(`${checked.length} of ${claims.length} claims checked:`);
    const counts = await box.locator('.in-short__counts .verdict').evaluateAll((chips) => chips.map((chip) => [(chip as HTMLElement).dataset.verdict, Number(chip.querySelector('.verdict__count')!.textContent)]));
    const expected = Object.entries(Object.groupBy(checked, (claim) => claim.assessment!.verdict)).map(([verdict, list]) => [verdict, list!.length]);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(expected));
    const leading = box.locator('.in-short__leading a');
    await expect(leading.count()).resolves.toBeGreaterThan(0);
    const target = (await leading.first().getAttribute('href'))!;
    await leading.first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target.slice(1));
    expect(errors).toEqual([]);
  });

  it('without JavaScript the text reads with its highlights, every note follows it, and the disclosures open', async () => {
    const context = await contextFor({ ...PHONE, javaScriptEnabled: false });
    const { page } = await openPage(context, ECONOMIST);
    const line = await firstLine(page);
    expect(line.bottom).toBeLessThanOrEqual(740);
    await expect(page.locator('.claim-note').count()).resolves.toBe(claims.length);
    await expect(page.locator('.claims-shown').isVisible()).resolves.toBe(false);
    const about = page.locator('.article-about');
    await about.locator('summary').click();
    await expect(about.locator('.article-facts').isVisible()).resolves.toBe(true);
    const note = page.locator(`#note-${checked[0]!.id}`);
    await note.locator('summary').click();
    await expect(note.locator('.claim-note__context').isVisible()).resolves.toBe(true);
    expect((await readingMeasures(page)).visibleClaims).toBe(checked.filter(inBody).length);
  });
});
