import { describe, expect, it } from 'vitest';
import type { ClaimToMark } from '../../src/annotate/rehype-claim-marks';
import type { EventLink } from '../../src/annotate/rehype-event-markers';
import { annotateMarkdown, renderMarkdown } from '../support/markdown';

/** What fixtures/ cannot show: what annotating returns besides the HTML, and what it keeps the same. */

const TEXT = [
  'Nevertheless, on March 19th Mr Putin blasted the American warnings as “blackmail” intended to “intimidate and destabilise our society”.',
  'Three days later gunmen attacked a show by the rock group *Piknik*, mowing down spectators.',
].join('\n\n');

const claim = (id: string, quote: string, extra: Partial<ClaimToMark> = {}): ClaimToMark => ({
  id,
  quote,
  type: 'factual',
  typeLabel: 'Factual statement',
  summary: `Summary of ${id}.`,
  ...extra,
});

const ATTACK: EventLink = { id: 'crocus-attack', title: 'Terrorist attack on Crocus City Hall', href: '/timeline/#event-crocus-attack' };

describe('annotateArticle', () => {
  it('records where each claim is, with W3C TextQuoteSelector context and its number', async () => {
    const { locations } = await annotateMarkdown(TEXT, { claims: [claim('blackmail', 'the American warnings as "blackmail"')] });
    expect(locations).toEqual([
      {
        id: 'blackmail',
        in: 'body',
        block: 'p-nevertheless-on-march-19th-mr-putin',
        range: { start: 45, end: 81 },
        exact: 'the American warnings as “blackmail”',
        prefix: ' on March 19th Mr Putin blasted ',
        suffix: ' intended to “intimidate and des',
        number: 1,
      },
    ]);
  });

  it('counts positions in the body’s text, which is the text of its paragraphs', async () => {
    const { text, paragraphs, locations } = await annotateMarkdown('See the American view. Later the American view.', {
      claims: [claim('twice', 'the American', { prefix: 'Later' })],
    });
    expect(locations[0]!.range).toEqual({ start: 29, end: 41 });
    expect(text.slice(29, 41)).toBe('the American');
    expect(paragraphs).toEqual([{ id: 'p-see-the-american-view-later-the', start: 0, end: text.length, text }]);
  });

  it('counts a header claim’s positions in its own line, and numbers the header’s claims before the body’s', async () => {
    const headline = 'Vladimir Putin blames an Islamist attack on Ukraine and America';
    const { locations, header } = await annotateMarkdown(TEXT, {
      header: { headline },
      claims: [claim('blackmail', 'the American warnings'), claim('blames', 'blames an Islamist attack on Ukraine and America', { in: 'headline' })],
    });
    expect(locations.map(({ id, in: place, number }) => ({ id, place, number }))).toEqual([
      { id: 'blames', place: 'headline', number: 1 },
      { id: 'blackmail', place: 'body', number: 2 },
    ]);
    const { range, prefix, suffix } = locations[0]!;
    expect(headline.slice(range.start, range.end)).toBe('blames an Islamist attack on Ukraine and America');
    expect({ prefix, suffix }).toEqual({ prefix: 'Vladimir Putin ', suffix: '' });
    expect(header.headline?.text).toBe(headline);
  });

  it('adds no text: marks, markers and event pins leave the words exactly as they were', async () => {
    const claims = [claim('society', 'destabilise our society”'), claim('piknik', 'a show by the rock group Piknik')];
    const plain = await annotateMarkdown(TEXT);
    const marked = await annotateMarkdown(TEXT, { claims, eventOfClaim: new Map([['piknik', ATTACK]]) });
    expect(marked.text).toBe(plain.text);
    expect(marked.locations.map((location) => location.exact)).toEqual(['destabilise our society”', 'a show by the rock group Piknik']);
    expect(marked.html.match(/class="event-pin"/g)).toHaveLength(1);
  });

  it('fails on a claim it cannot locate, unless asked to leave it unmarked and report it', async () => {
    const claims = [claim('blasted', 'Mr Putin criticised the American warnings'), claim('piknik', 'a show by the rock group Piknik'), claim('crossing', 'group Piknik, mowing')];
    await expect(annotateMarkdown(TEXT, { claims })).rejects.toThrow('content/claims/test.yaml: 2 passages could not be located.');
    const { html, locations, claimProblems } = await annotateMarkdown(TEXT, { claims, unlocatedClaims: 'leave-unmarked' });
    expect(locations.map((location) => [location.id, location.number])).toEqual([['piknik', 1]]);
    expect(html).not.toMatch(/data-claim="(blasted|crossing)"/);
    expect(claimProblems.map((problem) => problem.id)).toEqual(['blasted', 'crossing']);
    expect(claimProblems[0]!.closest).toMatchObject({ passage: 'Mr Putin blasted the American warnings', differences: ['“criticised” in the quote is “blasted” in the text'] });
  });

  it('reports nothing when every claim is located', async () => {
    const { claimProblems } = await annotateMarkdown(TEXT, { claims: [claim('piknik', 'a show by the rock group Piknik')], unlocatedClaims: 'leave-unmarked' });
    expect(claimProblems).toEqual([]);
  });
});

describe('paragraph ids', () => {
  it('stay the same when a paragraph is inserted before', async () => {
    const ids = (html: string) => [...html.matchAll(/<p id="([^"]+)"/g)].map((match) => match[1]);
    const original = await renderMarkdown('One two three four five six seven.\n\nOne two three four five six eight.');
    const edited = await renderMarkdown('A brand new opening.\n\nOne two three four five six seven.\n\nOne two three four five six eight.');
    expect(ids(edited).slice(1)).toEqual(ids(original));
  });
});
