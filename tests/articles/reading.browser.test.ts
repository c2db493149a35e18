import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { describeInBrowser, DESKTOP, openPage, PHONE, useChromium, useContexts } from '../support/chromium';
import { builtPages } from '../support/built-site';
import { PROJECT_ROOT } from '../support/project';
import { countInWords } from '../../src/text/in-words';
import { bodyParagraphs, headerLines, receivedPieces } from '../support/received-texts';

const PIECES = await receivedPieces();
/** What the Post's frontmatter marks unconfirmed, which its page's disclosure counts. */
const POST_UNCONFIRMED = (parse((await readFile(join(PROJECT_ROOT, 'content/articles/washington-post-enemy-of-all.md'), 'utf8')).split(/^---\r?$/m)[1]!) as { unconfirmed: string[] }).unconfirmed.length;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describeInBrowser('reading the site', () => {
  const browser = useChromium();
  const contextFor = useContexts(browser);

  it('the front page says what the site is and presents both pieces', async () => {
    const context = await contextFor();
    const { page, errors } = await openPage(context, '/');
    await expect(page.title()).resolves.toBe('Crocus Reader');
    // What it says of the pieces follows content/: their number and their outlets.
    const intro = squash(`${await page.locator('main .lede').innerText()} ${await page.locator('.site-footer').innerText()}`);
    expect(intro).toContain(`faithful copies of the ${countInWords(PIECES.length, 'piece')} and reads them closely`);
    for (const piece of PIECES) expect(intro).toContain(piece.outlet);
    const cards = page.locator('.article-card');
    await expect(cards.count()).resolves.toBe(PIECES.length);
    for (const piece of PIECES) {
      const card = cards.filter({ hasText: piece.outlet });
      const text = squash(await card.innerText());
      expect(text).toContain(`${piece.outlet} · ${piece.kindLabel}`.toUpperCase());
      await expect(card.locator('time').getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await card.getByRole('link').click();
      await page.waitForURL(`**/articles/${piece.id}/`);
      await page.goBack();
    }
    expect(errors).toEqual([]);
  });

  it.each(PIECES)('$id shows the received text word for word, apart from its listed editorial notes', async (piece) => {
    const context = await contextFor();
    const { page, errors } = await openPage(context, `/articles/${piece.id}/`);
    const shown = await page.locator('#article-body p').evaluateAll((paragraphs) =>
      paragraphs.map((paragraph) => {
        const copy = paragraph.cloneNode(true) as HTMLElement;
        // Restored words are the copy's own insertions, listed as editorial notes.
        copy.querySelectorAll('ins.editorial-mark').forEach((insertion) => insertion.remove());
        return copy.textContent ?? '';
      }),
    );
    const removed = await page.locator('.editorial-notes [data-removed]').evaluateAll((notes) => notes.map((note) => note.getAttribute('data-removed')));
    const received = bodyParagraphs(piece.text).filter((line) => !removed.includes(line));
    expect(shown.map(squash)).toEqual(received.map(squash));
    expect(errors).toEqual([]);
  });

  it('an article page shows its header, editorial notes, attribution and reading time, the facts one disclosure under the headline', async () => {
    const context = await contextFor();
    const { page } = await openPage(context, '/articles/washington-post-enemy-of-all/');
    await expect(page.locator('h1').innerText()).resolves.toBe('Terrorism is the enemy of all: In a Russian concert hall, and in Ukraine');
    const about = page.locator('.article-about');
    const summary = await about.locator('summary > *').allTextContents();
    expect(summary.join(' · ')).toMatch(
      new RegExp(`^The Washington Post · Editorial · Reprinted 26 March 2024 · About \\d+ minutes? to read · one editorial note · ${countInWords(POST_UNCONFIRMED, 'point')} not confirmed$`),
    );
    await about.locator('summary').click();
    const facts = await page.locator('.article-facts > div').evaluateAll((rows) =>
      rows.map((row) => `${row.querySelector('dt')?.textContent}: ${row.querySelector('dd')?.textContent}`),
    );
    expect(facts).toContain('Outlet: The Washington Post');
    expect(facts).toContain('Kind: Editorial');
    expect(facts.find((fact) => fact.startsWith('Reprinted: '))).toContain('26 March 2024');
    expect(facts.find((fact) => fact.startsWith('Reading time: '))).toMatch(/About \d+ minutes?/);
    expect(squash(await page.locator('.unconfirmed-list').innerText())).toContain('The Post’s own online publication date.');
    const notes = page.locator('.editorial-notes li');
    await expect(notes.count()).resolves.toBe(3);
    await expect(page.locator('.editorial-notice').first().innerText()).resolves.toContain('starts at the editorial’s second paragraph');
    await expect(page.locator('.attribution').innerText()).resolves.toContain('The Washington Post');
  });

  it('every paragraph has a stable id and a visible ¶ permalink to itself', async () => {
    const context = await contextFor();
    const { page } = await openPage(context, '/articles/economist-uses-of-terror/');
    const paragraphs = await page.locator('#article-body > p').evaluateAll((nodes) =>
      nodes.map((node) => {
        const link = node.querySelector('a.paragraph-permalink') as HTMLAnchorElement;
        const box = link.getBoundingClientRect();
        return { id: node.id, href: link.getAttribute('href'), mark: getComputedStyle(link, '::before').content, visible: box.width > 0 && box.height > 0 };
      }),
    );
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs[0]).toEqual({ id: 'p-few-russian-leaders-apart-from-stalin', href: '#p-few-russian-leaders-apart-from-stalin', mark: '"¶"', visible: true });
    for (const paragraph of paragraphs) {
      expect(paragraph.href).toBe(`#${paragraph.id}`);
      expect(paragraph.mark).toBe('"¶"');
      expect(paragraph.visible).toBe(true);
    }
    await page.locator('a.paragraph-permalink').nth(3).click();
    expect(new URL(page.url()).hash).toBe(`#${paragraphs[3]!.id}`);
  });

  it('shows every header line of the received texts (rubric, headline, standfirst, image, dateline) in the page header', async () => {
    const context = await contextFor();
    const checked: string[] = [];
    for (const piece of PIECES) {
      const { page } = await openPage(context, `/articles/${piece.id}/`);
      for (const { line, shownIn, expected } of headerLines(piece.text)) {
        const shown = page.locator(shownIn);
        await expect(shown.count(), line).resolves.toBe(1);
        // textContent: the rubric is set in capitals by CSS, which innerText would report.
        expect(squash((await shown.textContent()) ?? ''), line).toContain(expected);
        checked.push(line);
      }
    }
    // Every line that is not a body paragraph was checked (The Economist's copy has five, the Post's none).
    const nonBlank = PIECES.flatMap((piece) => piece.text.split('\n').filter((line) => line.trim() !== ''));
    expect(checked).toHaveLength(nonBlank.length - PIECES.flatMap((piece) => bodyParagraphs(piece.text)).length);
    expect(checked.length).toBeGreaterThan(0);
  });

  it('reads on a 320 px phone without sideways scrolling: every page, and search with results shown', async () => {
    const context = await contextFor({ ...PHONE, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const searchWithResults = '/search/?q=putin+blackmail';
    const paths = [...(await builtPages()).map((built) => built.path), searchWithResults];
    const overflowing: string[] = [];
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    for (const path of paths) {
      await page.goto(new URL(path, inject('siteUrl')).href, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      if (path === searchWithResults) {
        await page.waitForSelector('#search-page-listbox[aria-busy="false"]', { state: 'attached' });
        expect(await page.locator('#search-page-listbox [role="option"]').count(), 'search results shown').toBeGreaterThan(0);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) overflowing.push(`${path}: ${overflow} px`);
    }
    expect(overflowing).toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);

  it('keeps the text to a comfortable measure on a wide screen', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, '/articles/economist-uses-of-terror/');
    const charactersPerLine = await page.locator('#article-body > p').first().evaluate((paragraph) => {
      const width = paragraph.getBoundingClientRect().width;
      const probe = document.createElement('span');
      probe.textContent = 'abcdefghijklmnopqrstuvwxyz'.repeat(4);
      paragraph.append(probe);
      const perCharacter = probe.getBoundingClientRect().width / 104;
      probe.remove();
      return width / perCharacter;
    });
    expect(charactersPerLine).toBeGreaterThan(55);
    expect(charactersPerLine).toBeLessThan(80);
  });

  it('follows the reader’s dark mode, and prints without the site’s chrome', async () => {
    const context = await contextFor();
    const { page } = await openPage(context, '/articles/economist-uses-of-terror/');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
    // Printed as the reader left it, first with a note open, in a window as narrow as A4 paper (794 px).
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.locator('#article-body .claim-marker[data-verdict]').first().click();
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    const openNote = page.locator('.claim-note.is-expanded');
    await expect(openNote.evaluate((note) => getComputedStyle(note).position)).resolves.not.toBe('fixed');
    await expect(openNote.locator('.claim-note__close').isVisible()).resolves.toBe(false);
    await expect(page.locator('#article-body').isVisible()).resolves.toBe(true);
    // On paper the markers are numbered calls and the notes a numbered list, in one order.
    const calls = await page.evaluate(() =>
      // The header's claims are called and numbered like the text's, before them.
      [...document.querySelectorAll<HTMLElement>('.article-header .claim-marker, #article-body .claim-marker')].map((marker) => ({
        marker: marker.dataset.number,
        note: document.querySelector<HTMLElement>(marker.getAttribute('href')!)?.dataset.number,
        width: marker.getBoundingClientRect().width,
      })),
    );
    expect(calls).toHaveLength(await page.locator('.claim-note').count());
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((call) => call.marker !== call.note || call.width === 0)).toEqual([]);
    const noteNumbers = await page.locator('.claim-note').evaluateAll((notes) => notes.map((note) => Number((note as HTMLElement).dataset.number)));
    expect(noteNumbers).toEqual(noteNumbers.map((_, index) => index + 1));
    // Every note prints whole, its "More" included.
    await expect(page.locator('.claim-note__context').first().isVisible()).resolves.toBe(true);
    // Then with no claim highlighted: paper still gets every call and every note.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('radio', { name: 'None' }).check();
    await page.emulateMedia({ media: 'print' });
    const hiddenCalls = await page.locator('.article-header .claim-marker, #article-body .claim-marker').evaluateAll((markers) => markers.filter((marker) => marker.getBoundingClientRect().width === 0).length);
    expect(hiddenCalls).toBe(0);
    await expect(page.locator('.claim-notes').isVisible()).resolves.toBe(true);
  });

  it('a keyboard reader can skip straight to the content', async () => {
    const context = await contextFor();
    const { page } = await openPage(context, '/articles/economist-uses-of-terror/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await expect(page.locator('.skip-link').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
  });

  it('an unknown address gets a helpful 404 page', async () => {
    const context = await contextFor();
    const page = await context.newPage();
    const response = await page.goto(new URL('/articles/no-such-piece/', inject('siteUrl')).href);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe('Page not found');
    await expect(page.getByRole('link', { name: 'Vladimir Putin blames an Islamist attack on Ukraine and America' }).count()).resolves.toBe(1);
  });

  it('every page has its own title, a description, a language and one main landmark', async () => {
    const context = await contextFor();
    const seen = new Set<string>();
    for (const path of ['/', '/articles/economist-uses-of-terror/', '/articles/washington-post-enemy-of-all/', '/404.html']) {
      const { page } = await openPage(context, path);
      const title = await page.title();
      expect(seen.has(title), `${path} repeats the title “${title}”`).toBe(false);
      seen.add(title);
      await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toMatch(/^.{20,}$/);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      await expect(page.locator('main').count()).resolves.toBe(1);
      await expect(page.locator('header.site-header, footer.site-footer, nav').count()).resolves.toBeGreaterThanOrEqual(3);
    }
  });
});
