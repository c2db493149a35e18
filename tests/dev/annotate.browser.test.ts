import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { endpoints, type ArticleState, type ClaimResponse } from '../../src/dev/api';
import { describeInBrowser, openPage, useChromium, useContexts } from '../support/chromium';
import { replaceOnce, useDevServer } from '../support/fixture-site';
import { selectWords } from '../support/passages';

/** Annotating under `astro dev`, in a copy of the project, as an editor does it: by selecting words. */

const ARTICLE = 'washington-post-enemy-of-all';
const PAGE = `/articles/${ARTICLE}/`;
const CLAIMS = `content/claims/${ARTICLE}.yaml`;
const BODY = '#article-body';

describeInBrowser('the Annotate app of the dev toolbar', () => {
  const dev = useDevServer(async () => {}, PAGE);
  const browser = useChromium();
  const newContext = useContexts(browser);

  const state = async (): Promise<ArticleState> => (await fetch(`${dev().url}${endpoints.state}?path=${PAGE}`)).json() as Promise<ArticleState>;
  const claimsFile = () => readFile(join(dev().root, CLAIMS), 'utf8');

  async function openApp(): Promise<Page> {
    const { page, errors } = await openPage(await newContext(), PAGE, dev().url);
    await page.locator('astro-dev-toolbar button[data-app-id="crocus-reader-annotate"]').click();
    await page.getByRole('region', { name: 'Annotate' }).getByText(/Select the words|Problems|No problems/).first().waitFor();
    expect(errors).toEqual([]);
    return page;
  }

  const panel = (page: Page) => page.getByRole('region', { name: 'Annotate' });

  it('turns selected words into a claim, saved in the claims file with its comments, and marked after the reload', async () => {
    const before = await claimsFile();
    const source = (await state()).form.choices.source[0]!;
    const page = await openApp();
    await selectWords(page, BODY, 'There is nothing to celebrate in this incident.');
    await panel(page).getByText('Selected: “There is nothing to celebrate in this incident.”').waitFor();
    await panel(page).getByRole('button', { name: 'New claim' }).click();
    await expect.poll(() => panel(page).getByRole('textbox', { name: 'Id', exact: true }).inputValue()).toBe('post-nothing-celebrate-incident');
    await panel(page).getByRole('combobox', { name: 'Type', exact: true }).selectOption('opinion');
    await panel(page).getByRole('combobox', { name: 'Claimant', exact: true }).selectOption('washington-post-editorial-board');
    await panel(page).getByRole('textbox', { name: 'Summary', exact: true }).fill('The attack is nothing to celebrate.');
    await panel(page).getByRole('textbox', { name: 'Note', exact: true }).fill('The editorial’s opening judgement, before it praises the American warning.');
    await panel(page).getByRole('checkbox', { name: source.label }).check();
    await expect.poll(() => panel(page).locator('pre.preview').textContent()).toContain("quote: 'There is nothing to celebrate in this incident.'");
    await Promise.all([page.waitForEvent('load'), panel(page).getByRole('button', { name: 'Save' }).click()]);

    await page.locator('mark.claim[data-claim="post-nothing-celebrate-incident"]').waitFor();
    await panel(page).getByRole('status').getByText(`Saved the claim “post-nothing-celebrate-incident” in ${CLAIMS}.`).waitFor();
    const after = await claimsFile();
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after.slice(before.trimEnd().length)).toBe(
      [
        '',
        '',
        '- id: post-nothing-celebrate-incident',
        "  quote: 'There is nothing to celebrate in this incident.'",
        '  type: opinion',
        '  claimant: washington-post-editorial-board',
        '  summary: The attack is nothing to celebrate.',
        '  note: The editorial’s opening judgement, before it praises the American warning.',
        `  sources: [${source.id}]`,
        '',
      ].join('\n'),
    );
  }, 90_000);

  it('opens the claim the selected words already carry', async () => {
    const page = await openApp();
    await selectWords(page, BODY, 'The Islamic State claimed responsibility online');
    await panel(page).getByRole('heading', { name: 'Claim “post-islamic-state-claimed”' }).waitFor();
    await expect.poll(() => panel(page).textContent()).toMatch(/These words already carry a claim, at line \d+ of content\/claims/);
  }, 60_000);

  it('says why a selection cannot be a claim, and what to select instead', async () => {
    const page = await openApp();
    await selectWords(page, BODY, 'its allies.\nThere is nothing');
    await panel(page).getByText(/runs across 2 paragraphs.*select only the part in one of them/).waitFor();
    await selectWords(page, BODY, 'Pakistan and Afghanistan. ISIS-K');
    await panel(page).getByText(/crosses the edge of the claim “post-iskp-(active|expanding-reach)”.*not overlap partly/).waitFor();
    expect(await panel(page).getByRole('button', { name: 'New claim' }).isDisabled()).toBe(true);
  }, 60_000);

  it('keeps both of two saves sent at once', async () => {
    const { text, form } = await state();
    const request = async (quote: string, id: string): Promise<ClaimResponse> => {
      const start = text.indexOf(quote);
      const body = {
        article: ARTICLE,
        passage: { start, end: start + quote.length, quote },
        fields: { id, type: 'opinion', claimant: 'washington-post-editorial-board', summary: `Summary of ${id}.`, note: `Note on ${id}.`, sources: [form.choices.source[0]!.id] },
        save: true,
      };
      const response = await fetch(`${dev().url}${endpoints.claim}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      return (await response.json()) as ClaimResponse;
    };
    const answers = await Promise.all([request('the destruction of the Islamic State’s forces in Iraq and Syria', 'post-test-destruction'), request('officials told The Post', 'post-test-officials-told')]);
    expect(answers.map((answer) => answer.status)).toEqual(['ok', 'ok']);
    const file = await claimsFile();
    expect(file).toContain('- id: post-test-destruction');
    expect(file).toContain('- id: post-test-officials-told');
    expect((await state()).claims.map((claim) => claim.id)).toEqual(expect.arrayContaining(['post-test-destruction', 'post-test-officials-told']));
    const again = await request('officials told The Post', 'post-test-officials-told-2');
    expect(again).toEqual({ status: 'refused', message: 'These words are already the claim “post-test-officials-told”.' });
  }, 60_000);

  it('lists a claim a text edit broke among the problems, and re-anchors it on a new selection', async () => {
    const article = join(dev().root, `content/articles/${ARTICLE}.md`);
    await writeFile(article, replaceOnce(await readFile(article, 'utf8'), 'claimed responsibility online.', 'claimed responsibility on Telegram.'));
    await expect.poll(async () => (await state()).problems.map((problem) => problem.id), { timeout: 20_000 }).toEqual(['post-islamic-state-claimed']);

    const page = await openApp();
    const problem = panel(page).locator('li.problem[data-claim="post-islamic-state-claimed"]');
    await problem.getByText('Closest passage: “The Islamic State claimed responsibility on Telegram.”').waitFor();
    await problem.getByText('“online.” in the quote is “on Telegram.” in the text').waitFor();
    expect(await page.locator('mark.claim[data-claim="post-islamic-state-claimed"]').count()).toBe(0);

    await problem.getByRole('button', { name: 'Select the closest passage' }).click();
    const reanchor = problem.getByRole('button', { name: 'Re-anchor here: “The Islamic State claimed responsibility on Telegram.”' });
    await reanchor.waitFor();
    await Promise.all([page.waitForEvent('load'), reanchor.click()]);
    await page.locator('mark.claim[data-claim="post-islamic-state-claimed"]').waitFor();
    expect(await claimsFile()).toContain("- id: post-islamic-state-claimed\n  quote: 'The Islamic State claimed responsibility on Telegram.'\n");
    expect((await state()).problems).toEqual([]);
  }, 90_000);
});
