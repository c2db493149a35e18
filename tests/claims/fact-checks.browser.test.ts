import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { SOURCE_KINDS, VERDICTS } from '../../src/content/vocabulary';
import { describeInBrowser, DESKTOP, openPage, PHONE, useChromium, useContexts } from '../support/chromium';
import { useEditedSite } from '../support/fixture-site';
import { DIST, PROJECT_ROOT } from '../support/project';

/**
 * What a reader sees of the fact-checking itself: header claims that mark, open and
 * link like body claims; claim pages with their sources linked and labelled, the day
 * each check was made and any earlier verdict; the method page; the report link,
 * shown only when the site has an address for reports; and everything the research
 * could not confirm, shown as unconfirmed wherever it appears.
 */

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const frontmatter = async (file: string) => parse((await readFile(join(PROJECT_ROOT, file), 'utf8')).split(/^---\r?$/m)[1]!) as { id: string; unconfirmed?: string[] };
const ARTICLES = await Promise.all((await glob('content/articles/*.md', { cwd: PROJECT_ROOT })).sort().map(frontmatter));

/** A verdict as its badge reads: the symbol, then the word. */
const verdictShown = (verdict: keyof typeof VERDICTS) => `${VERDICTS[verdict].symbol}${VERDICTS[verdict].label}`;

describeInBrowser('fact-checks, as a reader sees them', () => {
  const browser = useChromium();
  const contextFor = useContexts(browser);

  it('a headline claim is marked in the page header, its deep link lands on it and opens its note', async () => {
    const context = await contextFor(DESKTOP);
    const { page, errors } = await openPage(context, '/articles/economist-uses-of-terror/#claim-economist-headline-putin-blames');
    const mark = page.locator('h1 mark#claim-economist-headline-putin-blames');
    await expect(mark.innerText()).resolves.toBe('Vladimir Putin blames an Islamist attack on Ukraine and America');
    await expect.poll(() => mark.evaluate((element) => element.classList.contains('is-link-target') && document.activeElement === element)).toBe(true);
    await expect.poll(() => page.locator('#note-economist-headline-putin-blames').evaluate((note) => note.classList.contains('is-expanded'))).toBe(true);
    await expect(page.locator('#note-economist-headline-putin-blames .claim-ruling .verdict').innerText()).resolves.toBe(verdictShown('accurate'));
    // The standfirst holds an opinion with its premise nested inside it, each with its own marker.
    await expect(page.locator('#article-standfirst .claim-marker').count()).resolves.toBe(2);
    expect(errors).toEqual([]);
  });

  it('header claims are in the claims index and the search index, linked to their place in the header', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, '/claims/');
    await expect(page.locator('.claim-row a[href$="/claims/economist-standfirst-security-failure/"]').count()).resolves.toBe(1);
    const index = JSON.parse(await readFile(`${DIST}search-index.json`, 'utf8')) as { records: { id: string; path: string }[] };
    expect(index.records.find((record) => record.id === 'post-headline-enemy-of-all')?.path).toBe('/articles/washington-post-enemy-of-all/#claim-post-headline-enemy-of-all');
  });

  it('on a phone, a header claim’s marker opens its note as a sheet', async () => {
    const context = await contextFor(PHONE);
    // The headline's claim is an opinion: highlighted, like the body's, when the reader asks for all claims.
    const marker = (page: Page) => page.locator('h1 .claim-marker[data-claim="post-headline-enemy-of-all"]');
    const { page: byDefault } = await openPage(context, '/articles/washington-post-enemy-of-all/');
    await expect(marker(byDefault).isVisible()).resolves.toBe(false);
    const { page } = await openPage(context, '/articles/washington-post-enemy-of-all/?claims=all');
    await marker(page).tap();
    await expect
      .poll(() => page.locator('#note-post-headline-enemy-of-all').evaluate((note) => ({ open: note.classList.contains('is-expanded'), position: getComputedStyle(note).position })))
      .toEqual({ open: true, position: 'fixed' });
  });

  it('a claim page shows its sources linked and labelled with their kind, the day it was checked, and the verdict it replaced', async () => {
    const context = await contextFor(DESKTOP);
    const { page, errors } = await openPage(context, '/claims/economist-putin-blackmail/');
    const assessment = page.locator('section:has(> h2#assessment)');
    await expect(assessment.locator('.claim-page__checked').innerText()).resolves.toContain('Checked 1 December 2026');
    const sources = await assessment.locator('.source-list .source').evaluateAll((items) =>
      items.map((item) => ({ href: item.querySelector('a[rel="external"]')?.getAttribute('href'), kind: item.querySelector('.source__kind')?.textContent })),
    );
    expect(sources).toEqual([
      { href: 'https://aa.com.tr/en/asia-pacific/putin-accuses-ukraine-of-resorting-to-terrorist-methods-on-instructions-of-west/3168817', kind: '(state-controlled media)' },
      { href: 'https://life.ru/p/1646914', kind: '(pro-government media)' },
    ]);
    const history = squash(await assessment.locator('.check-history').innerText());
    expect(history).toContain('Imprecise');
    expect(history).toContain('Checked 21 November 2026, replaced by Accurate on 1 December 2026.');
    await assessment.getByRole('link', { name: 'What “Accurate” means' }).click();
    await expect(page.locator('#verdict-accurate').innerText()).resolves.toContain(VERDICTS.accurate.rule);
    expect(errors).toEqual([]);
  });

  it('a claim whose verdict never changed shows no earlier verdicts; a source with no address says so and links to where it was found', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, '/claims/post-one-man-responsible/');
    await expect(page.locator('.check-history').count()).resolves.toBe(0);
    const { page: almost } = await openPage(context, '/claims/post-almost-90-percent/');
    await expect(almost.locator('.check-history').count()).resolves.toBe(0);
    await expect(almost.locator('.claim-page__checked').innerText()).resolves.toContain('Checked 21 November 2026');
    const { page: about } = await openPage(context, '/about/');
    const reprint = squash(await about.locator('#source-post-editorial-reprint').innerText());
    expect(reprint).toContain('(aggregator copy; the Post’s own address, date and byline for the editorial are unconfirmed)');
    expect(reprint).toContain('did not return it, so none is given');
  });

  it('sources in notes and on the timeline link to the pages they were read on', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, '/articles/washington-post-enemy-of-all/');
    await expect(page.locator('#note-post-kerman-84 .source-list a[rel="external"][href^="https://"]').count()).resolves.toBeGreaterThan(2);
    const { page: timeline } = await openPage(context, '/timeline/');
    await expect(timeline.locator('#event-karabulak-operation .source-list a[rel="external"]').getAttribute('href')).resolves.toBe(
      'https://toronto.citynews.ca/2024/03/03/alleged-is-militants-in-russias-north-caucasus-were-killed-in-a-shootout-with-security-services/',
    );
    // In the card's details, closed with script: read as text.
    await expect(timeline.locator('#event-karabulak-operation .source__kind').textContent()).resolves.toBe('(aggregator copy)');
  });

  it('the method page gives every verdict with its definition and rule, and every kind of source, from the vocabulary', async () => {
    const context = await contextFor(DESKTOP);
    const { page, errors } = await openPage(context, '/about/method/');
    for (const [id, verdict] of Object.entries(VERDICTS)) {
      const entry = squash(await page.locator(`#verdict-${id}`).innerText());
      expect(entry).toContain(verdict.label);
      expect(entry).toContain(verdict.description);
      expect(entry).toContain(verdict.rule);
    }
    const kinds = squash(await page.locator('section:has(> h2#sources) .vocabulary').innerText());
    for (const kind of Object.values(SOURCE_KINDS)) expect(kinds).toContain(`${kind.label} ${kind.description}`);
    for (const section of ['claim-types', 'verdicts', 'figures', 'side-details', 'sources', 'corrections', 'responsibility']) {
      await expect(page.locator(`h2#${section}`).count(), section).resolves.toBe(1);
    }
    await expect(page.locator('#responsibility + p').innerText()).resolves.toContain('as an organisation');
    expect(errors).toEqual([]);
  });

  it('with no address for reports configured, no claim offers a report link, and the method page says so', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, '/articles/economist-uses-of-terror/');
    await expect(page.locator('.claim-note').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.report-problem').count()).resolves.toBe(0);
    const { page: claim } = await openPage(context, '/claims/economist-toll-139/');
    await expect(claim.locator('.report-problem').count()).resolves.toBe(0);
    const { page: method } = await openPage(context, '/about/method/');
    await expect(method.locator('.report-address').innerText()).resolves.toBe('No address for reporting errors is configured for this copy of the site.');
  });

  it('everything the research could not confirm is shown as unconfirmed wherever it appears', async () => {
    const context = await contextFor(DESKTOP);
    for (const article of ARTICLES) {
      const { page } = await openPage(context, `/articles/${article.id}/`);
      // The disclosure under the headline says how many points are unconfirmed, and opens on them.
      const count = article.unconfirmed?.length ?? 0;
      if (count > 0) await expect(page.locator('.article-about__summary').innerText()).resolves.toMatch(/ points? not confirmed/);
      await page.locator('.article-about__summary').click();
      const listed = squash(await page.locator('.unconfirmed-list').innerText());
      for (const item of article.unconfirmed ?? []) expect(listed).toContain(squash(item));
    }
    const { page: post } = await openPage(context, '/articles/washington-post-enemy-of-all/');
    await post.locator('.article-about__summary').click();
    const byline = await post.locator('.article-facts > div:has(dt:text-is("Byline")) dd').innerText();
    expect(byline).toContain('that it ran as the view of the Post’s Editorial Board is unconfirmed');
    const { page: economist } = await openPage(context, '/articles/economist-uses-of-terror/');
    await economist.locator('.article-about__summary').click();
    // The header lines shown in the page header are a declared editorial change, in the header and in the list.
    await expect(economist.locator('.article-header .editorial-notice').innerText()).resolves.toContain('five header lines');
    await expect(economist.locator('#edit-header-lines-moved').innerText()).resolves.toMatch(/^Moved\. The text as received opens with five header lines/);
    const sergeyeva = squash(await economist.locator('#note-economist-sergeyeva-satans .claim-attribution').innerText());
    expect(sergeyeva).toContain('no other source found describes her or records her Telegram channel');
    for (const id of ['economist-sergeyeva-former-official', 'economist-sergeyeva-satans', 'economist-sergeyeva-satisfaction', 'economist-sergeyeva-dark-energies']) {
      await expect(economist.locator(`#note-${id} .verdict`).innerText()).resolves.toBe(verdictShown('unverified'));
    }
    await expect(economist.locator('#note-economist-suspect-photographed .verdict').innerText()).resolves.toBe(verdictShown('reported'));
    const { page: compare } = await openPage(context, '/compare/');
    const torture = squash(await compare.locator('#theme-torture-and-punishment').innerText());
    expect(torture).toContain('neither her post nor that description has been found elsewhere, so both stay unconfirmed');
    const { page: about } = await openPage(context, '/about/');
    await expect(about.locator('#source-post-editorial-reprint').innerText()).resolves.toContain('The Washington Post (unsigned editorial)');
  });
});

describeInBrowser('with an address for reports configured', () => {
  const site = useEditedSite(async () => {}, { env: { REPORT_EMAIL: 'corrections@reader.test' } });
  const browser = useChromium();
  const contextFor = useContexts(browser);

  it('each claim, in its note and on its page, offers a report link filled in with the claim’s addresses', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, '/claims/economist-toll-139/', site().url);
    const link = new URL((await page.getByRole('link', { name: 'Report a problem with this claim' }).getAttribute('href'))!);
    expect(link.protocol).toBe('mailto:');
    expect(link.pathname).toBe('corrections@reader.test');
    expect(link.searchParams.get('subject')).toBe('Problem with claim economist-toll-139');
    expect(link.searchParams.get('body')).toMatch(/Claim page: https?:\/\/[^\n]+\/claims\/economist-toll-139\//);
    expect(link.searchParams.get('body')).toMatch(/In the text: https?:\/\/[^\n]+\/articles\/economist-uses-of-terror\/#claim-economist-toll-139/);
    const { page: article } = await openPage(context, '/articles/economist-uses-of-terror/', site().url);
    const notes = await article.locator('.claim-note').count();
    await expect(article.locator('.claim-note .report-problem').count()).resolves.toBe(notes);
    const { page: method } = await openPage(context, '/about/method/', site().url);
    await expect(method.locator('.report-address').innerText()).resolves.toContain('write to corrections@reader.test');
  });
});
