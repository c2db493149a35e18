import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { glob } from 'tinyglobby';
import { parse, parseDocument, stringify, type YAMLMap, type YAMLSeq } from 'yaml';
import { formatDate } from '../../src/text/dates';
import { checkBuiltRegistry } from '../support/anchor-registry';
import { PROJECT_ROOT } from '../support/project';
import { CLIPBOARD, DESKTOP, describeInBrowser, openPage, useChromium, useContexts } from '../support/chromium';
import { editFile, replaceOnce, useEditedSite } from '../support/fixture-site';
import { highlightedPassage, onServer, selectWords } from '../support/passages';

/**
 * Links shared before an edit, followed after it: a claim renamed and a paragraph
 * whose first words changed (both with aliases in the registry), and a passage
 * whose markup changed.
 */

const ECONOMIST = '/articles/economist-uses-of-terror/';
const RENAMED_CLAIM = { from: 'economist-toll-139', to: 'economist-toll-139-at-press-time' };
const RENAMED_PARAGRAPH = { from: 'p-maria-sergeyeva-a-former-official-in', to: 'p-mariya-sergeyeva-a-former-official-in' };
const EDITED_PASSAGE = 'he asked, who gave the orders?';
/** The day after the newest correction published: the edit's correction is the newest. */
const published = parse(await readFile(join(PROJECT_ROOT, 'content/corrections.yaml'), 'utf8')) as { date: string }[];
const newest = published.map((entry) => entry.date).sort().at(-1)!;
const DAY_AFTER = new Date(Date.parse(`${newest}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const CORRECTION = {
  id: 'toll-at-press-time',
  date: DAY_AFTER,
  summary: 'The note on the death toll now says it is the toll when the piece went to press.',
  claims: [RENAMED_CLAIM.to],
};

/** Renames the claim as an editor would: its entry, and every reference to it in content/. */
async function renameClaim(root: string): Promise<void> {
  await editFile('content/claims/economist-uses-of-terror.yaml', (text) => replaceOnce(text, `- id: ${RENAMED_CLAIM.from}\n`, `- id: ${RENAMED_CLAIM.to}\n`))(root);
  const reference = new RegExp(`(?<![a-z0-9-])${RENAMED_CLAIM.from}(?![a-z0-9-])`, 'g');
  for (const file of await glob(['content/**/*.yaml', '!content/anchors.yaml'], { cwd: root })) {
    await editFile(file, (text) => text.replace(reference, RENAMED_CLAIM.to))(root);
  }
}

async function editContent(root: string): Promise<void> {
  await renameClaim(root);
  // Published after every correction before it, so it is the newest.
  await editFile('content/corrections.yaml', (text) => `${text.trimEnd()}\n\n${stringify([CORRECTION])}`)(root);
  await editFile('content/articles/economist-uses-of-terror.md', (text) => {
    const renamed = replaceOnce(text, 'Maria Sergeyeva, a former official in', 'Mariya Sergeyeva, a former official in');
    return replaceOnce(renamed, 'who gave the orders?', '*who gave the orders*?');
  })(root);
  await editFile('content/anchors.yaml', (text) => {
    const registry = parseDocument(text);
    const page = (registry.contents as YAMLSeq<YAMLMap>).items.find((entry) => entry.get('id') === ECONOMIST)!;
    (page.get('anchors') as YAMLSeq).add(`claim-${RENAMED_CLAIM.to}`);
    (page.get('anchors') as YAMLSeq).add(RENAMED_PARAGRAPH.to);
    page.set('aliases', [
      { from: `claim-${RENAMED_CLAIM.from}`, to: `claim-${RENAMED_CLAIM.to}`, reason: 'Renamed to say which toll it was.' },
      { from: RENAMED_PARAGRAPH.from, to: RENAMED_PARAGRAPH.to, reason: 'The paragraph’s first words were edited.' },
    ]);
    const about = (registry.contents as YAMLSeq<YAMLMap>).items.find((entry) => entry.get('id') === '/about/');
    if (about) (about.get('anchors') as YAMLSeq).add(`correction-${CORRECTION.id}`);
    else (registry.contents as YAMLSeq).add(registry.createNode({ id: '/about/', anchors: [`correction-${CORRECTION.id}`] }));
    return registry.toString();
  })(root);
}

const correctionNotice = (page: Page, within = '') => page.locator(`${within} .correction-notice`.trim()).allInnerTexts();
const NOTICE_TEXT = `Corrected ${formatDate(CORRECTION.date)}: ${CORRECTION.summary} See it in the list of corrections`;

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id);

describe('after edits, with aliases in the registry', () => {
  const edited = useEditedSite(editContent);

  it('every registered id still resolves on the edited site', async () => {
    const { build } = edited();
    await expect(checkBuiltRegistry(build.root, build.dist)).resolves.toEqual({ unresolved: [], unregistered: [] });
  });

  it('a correction is in the feed, linked to its entry on the about page', async () => {
    const feed = await readFile(join(edited().build.dist, 'rss.xml'), 'utf8');
    expect(feed).toContain(`/about/#correction-${CORRECTION.id}</link>`);
    expect(feed).toContain(CORRECTION.summary);
  });

  describeInBrowser('in a browser', () => {
    const browser = useChromium();
    const contextFor = useContexts(browser);

    it('a link to a renamed claim lands on it under its new id, opens its note, and corrects the address', async () => {
      const context = await contextFor(DESKTOP);
      const { page, errors } = await openPage(context, `${ECONOMIST}#claim-${RENAMED_CLAIM.from}`, edited().url);
      await expect.poll(() => activeId(page)).toBe(`claim-${RENAMED_CLAIM.to}`);
      expect(new URL(page.url()).hash).toBe(`#claim-${RENAMED_CLAIM.to}`);
      await expect(page.locator(`#note-${RENAMED_CLAIM.to}`).getAttribute('class')).resolves.toContain('is-expanded');
      await expect(page.locator('#arrival-notice').innerText()).resolves.toBe('');
      expect(errors).toEqual([]);
    });

    it('the renamed claim’s old page address sends the reader on to its new page', async () => {
      const context = await contextFor(DESKTOP);
      const { page, errors } = await openPage(context, `/claims/${RENAMED_CLAIM.from}/?from=share#context`, edited().url);
      await page.waitForURL(`**/claims/${RENAMED_CLAIM.to}/?from=share#context`);
      await expect(page.locator('h1').innerText()).resolves.not.toBe('Page not found');
      // The old address itself is answered with the 404 page, as a static host does.
      expect(errors).toEqual([expect.stringContaining('404')]);
    });

    it('a link to the renamed claim’s note follows it too', async () => {
      const context = await contextFor(DESKTOP);
      const { page } = await openPage(context, `${ECONOMIST}#note-${RENAMED_CLAIM.from}`, edited().url);
      await expect.poll(() => activeId(page)).toBe(`note-${RENAMED_CLAIM.to}`);
      expect(new URL(page.url()).hash).toBe(`#note-${RENAMED_CLAIM.to}`);
    });

    it('a link to a paragraph whose first words changed lands on it', async () => {
      const context = await contextFor(DESKTOP);
      const { page } = await openPage(context, `${ECONOMIST}#${RENAMED_PARAGRAPH.from}`, edited().url);
      await expect.poll(() => activeId(page)).toBe(RENAMED_PARAGRAPH.to);
      expect(new URL(page.url()).hash).toBe(`#${RENAMED_PARAGRAPH.to}`);
    });

    it('a correction is listed, dated, on the about page and shown beside the piece, the claim’s note and the claim’s page', async () => {
      const context = await contextFor(DESKTOP);
      const about = await openPage(context, `/about/#correction-${CORRECTION.id}`, edited().url);
      const entry = about.page.locator(`#correction-${CORRECTION.id}`);
      await expect(entry.innerText()).resolves.toMatch(new RegExp(`^${formatDate(CORRECTION.date)}: ${CORRECTION.summary} Claim: `));
      await expect(entry.locator('time').getAttribute('datetime')).resolves.toBe(CORRECTION.date);
      await expect(entry.locator('a').getAttribute('href')).resolves.toBe(`/claims/${RENAMED_CLAIM.to}/`);
      await expect.poll(() => activeId(about.page)).toBe(`correction-${CORRECTION.id}`);

      const article = await openPage(context, ECONOMIST, edited().url);
      // Under the header, the count and the newest date; at the end of the page, each correction in full.
      await expect(article.page.locator('.article > .corrections-line').innerText()).resolves.toMatch(new RegExp(`^Corrected \\w+ times, latest on ${formatDate(CORRECTION.date)}: read them$`));
      await expect(correctionNotice(article.page, '.article-corrections')).resolves.toContain(NOTICE_TEXT);
      // Beside the corrections published before it, in the note of the claim it names and in no other.
      await expect(correctionNotice(article.page, `#note-${RENAMED_CLAIM.to}`)).resolves.toContain(NOTICE_TEXT);
      await expect(article.page.locator('.claim-note .correction-notice', { hasText: CORRECTION.summary }).count()).resolves.toBe(1);
      const jsonLd = JSON.parse((await article.page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
      expect(jsonLd.dateModified).toBe(CORRECTION.date);
      expect(jsonLd.correction[0]).toMatchObject({ '@type': 'CorrectionComment', text: CORRECTION.summary, datePublished: CORRECTION.date });
      expect(jsonLd.correction[0].url).toMatch(new RegExp(`/about/#correction-${CORRECTION.id}$`));
      await article.page.locator('.article-corrections .correction-notice', { hasText: CORRECTION.summary }).locator('a').click();
      await article.page.waitForURL(`**/about/#correction-${CORRECTION.id}`);

      const claimPage = await openPage(context, `/claims/${RENAMED_CLAIM.to}/`, edited().url);
      await expect(correctionNotice(claimPage.page)).resolves.toContain(NOTICE_TEXT);
      const post = await openPage(context, '/articles/washington-post-enemy-of-all/', edited().url);
      await expect(correctionNotice(post.page)).resolves.not.toContain(NOTICE_TEXT);
      for (const opened of [about, article, claimPage, post]) expect(opened.errors).toEqual([]);
    });

    it('a passage link made before its markup changed still highlights exactly that passage', async () => {
      const context = await contextFor(CLIPBOARD);
      const { page } = await openPage(context, ECONOMIST);
      await selectWords(page, '#p-we-know-that-the-crime-was', EDITED_PASSAGE);
      await page.getByRole('button', { name: 'Copy link to this passage' }).click();
      await expect.poll(() => page.locator('.link-status').innerText()).toBe('Link to this passage copied.');
      const link = await page.evaluate(() => navigator.clipboard.readText());

      const arrival = await openPage(context, onServer(link, edited().url), edited().url);
      await expect(arrival.page.locator('#p-we-know-that-the-crime-was em').innerText()).resolves.toBe('who gave the orders');
      await expect.poll(() => highlightedPassage(arrival.page)).toBe(EDITED_PASSAGE);
      await expect(activeId(arrival.page)).resolves.toBe('p-we-know-that-the-crime-was');
    });
  });
});
