import { describe, expect, it } from 'vitest';
import type { Claim, Person, SiteEvent } from '../../src/content/entries';
import { createSearchEngine, withExcerpts } from '../../src/search/engine';
import { buildSearchIndex, type SearchIndexFile } from '../../src/search/search-index';
import { buildSearchRecords, type ContentToIndex } from '../../src/search/records';
import { EMPTY_SEARCH } from '../../src/search/state';
import { articleEntry } from '../support/entries';

/** The relevance rules, on a small corpus made to tell them apart. */

const person = (id: string, name: string) => ({ id, data: { id, name, kind: 'person', role: `Role of ${name}`, aliases: [] } }) as unknown as Person;

const claim = (id: string, data: { quote: string; summary: string; note: string }) =>
  ({ id, data: { id, article: 'piece-a', sources: ['s'], related: [], events: [], type: 'factual', claimant: 'the-example', ...data } }) as unknown as Claim;

const paragraph = (id: string, text: string) => ({ id, text, start: 0, end: text.length });

const CONTENT: ContentToIndex = {
  articles: [
    {
      article: articleEntry('piece-a', { outlet: 'The Example' }),
      claims: [
        claim('penalty', { quote: 'bring back the death penalty', summary: 'Calls to restore the death penalty grew.', note: 'A toll of opinion polls.' }),
        claim('toll', { quote: 'more than 140 people were killed', summary: 'The attack killed more than 140.', note: 'The official death toll was revised to 145.' }),
        claim('crisis', { quote: 'a crisis of the state', summary: 'The state is in crisis.', note: 'Nothing more.' }),
        claim('branch', { quote: 'ISIS-K claimed the attack', summary: 'A branch of Islamic State claimed it.', note: 'Also written ISKP.' }),
        claim('range', { quote: 'a range of 390km', summary: 'The missiles could fly 390km.', note: 'Not 300km.' }),
      ],
      paragraphs: [
        paragraph('p-long', `${'Words that do not matter here at all, '.repeat(8)}until the death toll was given, and then ${'more words that do not matter, '.repeat(8)}`),
        paragraph('p-isis', 'ISIS, and ISIS in a crisis, but no branch named.'),
      ],
    },
  ],
  people: [person('the-example', 'The Example')],
  events: [{ id: 'dead', data: { title: '139 dead', date: '2024-03-22', precision: 'day', summary: 'The death toll reached 139.' } } as unknown as SiteEvent],
};

const file = JSON.parse(JSON.stringify(buildSearchIndex(buildSearchRecords(CONTENT)))) as SearchIndexFile;
const search = createSearchEngine(file);
const outcome = (query: string) => withExcerpts(search({ ...EMPTY_SEARCH, query }));
const ids = (query: string) => outcome(query).groups.flatMap((group) => group.records.map((record) => `${group.kind}:${record.id}`));
const excerptOf = (query: string, id: string) => {
  for (const group of outcome(query).groups) {
    const index = group.records.findIndex((record) => record.id === id);
    if (index !== -1) return group.excerpts![index]!;
  }
  throw new Error(`${id} not found for ${query}`);
};
const markedIn = (shown: { text: string; ranges: [number, number][] }) => shown.ranges.map(([start, end]) => shown.text.slice(start, end));

describe('relevance rules', () => {
  it('ranks the whole phrase before records holding some of its words', () => {
    expect(ids('death toll')).toEqual(['claim:toll', 'claim:penalty', 'passage:p-long', 'event:dead']);
  });

  it('takes a claim’s excerpt from its note when only the note holds the words, and says so', () => {
    const shown = excerptOf('death toll', 'toll');
    expect(shown.inNote).toBe(true);
    expect(markedIn(shown)).toEqual(['death', 'toll']);
    expect(excerptOf('death toll', 'penalty').inNote).toBe(false);
  });

  it('places a long text’s excerpt where the words are, and marks them', () => {
    const shown = excerptOf('death toll', 'p-long');
    expect(shown.before).toBe(true);
    expect(markedIn(shown)).toEqual(['death', 'toll']);
  });

  it('finds hyphenated names and numbers as typed, never inside another word', () => {
    expect(ids('ISIS-K')).toEqual(['claim:branch']);
    expect(ids('isis')).toEqual(['claim:branch', 'passage:p-isis']);
    expect(ids('390km')).toEqual(['claim:range']);
    expect(markedIn(excerptOf('ISIS-K', 'branch'))).toEqual(['ISIS-K']);
  });

  it('shows no result without a word within typo distance of a query word', () => {
    for (const query of ['death toll', 'ISIS-K', 'crisis', 'killed', '390km']) {
      for (const group of outcome(query).groups) {
        for (const [index, record] of group.records.entries()) {
          const shown = group.excerpts![index];
          const visible = [JSON.stringify(record), shown ? markedIn(shown).join(' ') : ''].join(' ');
          expect(shown === undefined || shown.ranges.length > 0 || record.kind === 'claim', `${query}: ${record.id} ${visible}`).toBe(true);
        }
      }
    }
  });
});
