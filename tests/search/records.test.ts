import { describe, expect, it } from 'vitest';
import type { Claim, Person, SiteEvent } from '../../src/content/entries';
import { createSearchEngine, firstOfEachGroup, matchingClaimsIn } from '../../src/search/engine';
import { buildSearchIndex, searchDocument, type SearchIndexFile } from '../../src/search/search-index';
import { SEARCH_KEYS, typoAllowance } from '../../src/search/options';
import { searchTerms } from '../../src/search/query';
import { buildSearchRecords, type ContentToIndex } from '../../src/search/records';
import { EMPTY_SEARCH } from '../../src/search/state';
import { HOSTILE_QUERIES } from '../support/hostile-queries';
import { articleEntry } from '../support/entries';

const person = (id: string, name: string, aliases: string[] = []) => ({ id, data: { id, name, kind: 'person', role: `Role of ${name}`, aliases } }) as unknown as Person;

const claim = (id: string, article: string, data: { quote: string; summary: string; type: string; claimant: string; assessment?: object }) =>
  ({ id, data: { id, article, sources: ['s'], note: `Note on *${id}*.`, related: [], events: [], ...data } }) as unknown as Claim;

const article = (id: string, outlet: string) => articleEntry(id, { outlet, headline: `${outlet} headline` });

const paragraph = (id: string, text: string) => ({ id, text, start: 0, end: text.length });

const CONTENT: ContentToIndex = {
  articles: [
    {
      article: article('piece-a', 'The Example'),
      claims: [
        claim('a-duty-to-warn', 'piece-a', {
          quote: 'under their “duty to warn” policy, American officials shared intelligence',
          summary: 'US officials warned Russia under their duty to warn.',
          type: 'factual',
          claimant: 'the-example',
          assessment: { verdict: 'accurate', reason: 'r', sources: ['s'] },
        }),
        claim('a-embassy', 'piece-a', { quote: 'the embassy warned of plans to attack concerts', summary: 'The embassy warned of attacks on concerts.', type: 'attributed', claimant: 'us-embassy' }),
        claim('a-duty-of-care', 'piece-a', { quote: 'the state has a duty of care', summary: 'The state owes its people a duty of care.', type: 'opinion', claimant: 'the-example' }),
        claim('a-medvedev', 'piece-a', { quote: 'they must be killed', summary: 'Medvedev wrote that the attackers must be killed.', type: 'attributed', claimant: 'dmitry-medvedev' }),
      ],
      paragraphs: [paragraph('p-as-in-beslan', 'As in Beslan in 2004, the state failed its people.'), paragraph('p-the-embassy', 'The embassy warned of plans to attack concerts.')],
    },
    {
      article: article('piece-b', 'The Other'),
      claims: [claim('b-satans', 'piece-b', { quote: 'treated as Satans', summary: 'A former official wrote that terrorists would be treated as Satans.', type: 'attributed', claimant: 'maria-sergeyeva' })],
      paragraphs: [paragraph('p-a-former-official', 'A former official, Maria Sergeyeva, wrote on Telegram.')],
    },
  ],
  people: [
    person('the-example', 'The Example'),
    person('us-embassy', 'US embassy in Moscow'),
    person('dmitry-medvedev', 'Dmitry Medvedev', ['Medvedev']),
    person('maria-sergeyeva', 'Maria Sergeyeva', ['Sergeeva']),
    person('nobody-quoted', 'Nikolai Patrushev'),
  ],
  events: [
    { id: 'beslan-siege', data: { title: 'Beslan school siege', date: '2004-09-01', endDate: '2004-09-03', precision: 'day', summary: 'Hostages were held at a school.' } } as unknown as SiteEvent,
  ],
};

const records = buildSearchRecords(CONTENT);
// Through JSON, as the browser receives it.
const file = JSON.parse(JSON.stringify(buildSearchIndex(records))) as SearchIndexFile;
const search = createSearchEngine(file);
const ids = (query: string, filters: Partial<typeof EMPTY_SEARCH> = {}) =>
  search({ ...EMPTY_SEARCH, ...filters, query }).groups.flatMap((group) => group.records.map((record) => `${group.kind}:${record.id}`));

describe('buildSearchRecords', () => {
  it('makes claims, passages, events and people, each linking to its exact anchor', () => {
    expect(records.map((record) => `${record.kind}:${record.path}`)).toEqual([
      'claim:/articles/piece-a/#claim-a-duty-to-warn',
      'claim:/articles/piece-a/#claim-a-embassy',
      'claim:/articles/piece-a/#claim-a-duty-of-care',
      'claim:/articles/piece-a/#claim-a-medvedev',
      'claim:/articles/piece-b/#claim-b-satans',
      'passage:/articles/piece-a/#p-as-in-beslan',
      'passage:/articles/piece-a/#p-the-embassy',
      'passage:/articles/piece-b/#p-a-former-official',
      'event:/timeline/#event-beslan-siege',
      'person:/people/#person-the-example',
      'person:/people/#person-us-embassy',
      'person:/people/#person-dmitry-medvedev',
      'person:/people/#person-maria-sergeyeva',
      'person:/people/#person-nobody-quoted',
    ]);
  });

  it('carries what a result shows: claimant, type, verdict, outlet, dates and claim counts', () => {
    expect(records[0]).toMatchObject({ claimantName: 'The Example', typeLabel: 'Factual statement', verdictLabel: 'Accurate', outlet: 'The Example' });
    expect(records[1]).not.toHaveProperty('verdictLabel');
    expect(records.find((record) => record.id === 'b-satans')).toMatchObject({ claimant: 'maria-sergeyeva', claimantAliases: ['Sergeeva'] });
    expect(records.find((record) => record.kind === 'event')).toMatchObject({ dateLabel: '1–3 September 2004' });
    expect(records.find((record) => record.id === 'the-example')).toMatchObject({ kind: 'person', claimCount: 2 });
  });

  it('names a claimant who is not among the people', () => {
    const broken = { ...CONTENT, people: CONTENT.people.filter((entry) => entry.id !== 'us-embassy') };
    expect(() => buildSearchRecords(broken)).toThrow('Claim "a-embassy" names claimant "us-embassy", who is not in content/people.yaml.');
  });
});

describe('searchDocument', () => {
  it('folds each field to lower-case words, and indexes a claimant’s other names and the note without its Markdown', () => {
    expect(searchDocument(records[0]!)).toEqual({
      heading: 'us officials warned russia under their duty to warn',
      quote: 'under their duty to warn policy american officials shared intelligence',
      names: ['the example'],
      text: `note on ${records[0]!.id.replace(/-/g, ' ')}`,
      labels: ['factual statement', 'accurate', 'the example'],
    });
    expect(searchDocument(records.find((record) => record.id === 'b-satans')!).names).toEqual(['maria sergeyeva', 'sergeeva']);
  });

  it('fills only fields that Fuse is told to search', () => {
    const keys = new Set(SEARCH_KEYS.map((key) => key.name));
    for (const record of records) for (const field of Object.keys(searchDocument(record))) expect(keys).toContain(field);
  });
});

describe('typoAllowance', () => {
  it('forgives no typo up to four letters, one from five and two from ten', () => {
    expect(['war', 'warn', 'beslan', 'medvedv', 'intelligence'].map(typoAllowance)).toEqual([0, 0, 1, 1, 2]);
  });
});

describe('createSearchEngine', () => {
  it('finds what a reader types, with typos, in any field', () => {
    expect(ids('Medvedv')).toEqual(['claim:a-medvedev', 'person:dmitry-medvedev']);
    expect(ids('Beslan')).toEqual(['passage:p-as-in-beslan', 'event:beslan-siege']);
  });

  it('finds a claimant’s claims under another spelling of the name', () => {
    expect(ids('Sergeeva')).toEqual(['claim:b-satans', 'passage:p-a-former-official', 'person:maria-sergeyeva']);
  });

  it('ranks records holding the phrase first, then the rarer of the words, and says how many hold every word', () => {
    const outcome = search({ ...EMPTY_SEARCH, query: 'duty to warn' });
    expect(outcome.terms).toEqual(['duty', 'warn']);
    const claims = outcome.groups[0]!;
    // "duty" is in two records, "warn" in three.
    expect(claims.records.map((record) => record.id)).toEqual(['a-duty-to-warn', 'a-duty-of-care', 'a-embassy']);
    expect(claims).toMatchObject({ count: 3, complete: 1 });
  });

  it('picks the claims of one article to highlight: those holding every word, else all that matched', () => {
    expect(matchingClaimsIn(search({ ...EMPTY_SEARCH, query: 'duty to warn' }), 'piece-a')).toEqual(['a-duty-to-warn']);
    expect(matchingClaimsIn(search({ ...EMPTY_SEARCH, query: 'duty Sergeeva' }), 'piece-a').sort()).toEqual(['a-duty-of-care', 'a-duty-to-warn']);
    expect(matchingClaimsIn(search({ ...EMPTY_SEARCH, query: 'duty to warn' }), 'piece-b')).toEqual([]);
    expect(matchingClaimsIn(search({ ...EMPTY_SEARCH, query: 'Beslan' }), 'piece-a')).toEqual([]);
  });

  it('sends only the first few results of each kind, with how many there are', () => {
    const few = firstOfEachGroup(search({ ...EMPTY_SEARCH, query: 'duty to warn' }), 1);
    expect(few.groups.map(({ kind, records, count }) => [kind, records.length, count])).toEqual([
      ['claim', 1, 3],
      ['passage', 1, 1],
    ]);
  });

  it('filters by article, claim type and claimant, and counts what the filters hide', () => {
    expect(ids('warned', { article: 'piece-a' }).sort()).toEqual(['claim:a-duty-to-warn', 'claim:a-embassy', 'passage:p-the-embassy']);
    expect(ids('warned', { type: 'attributed' })).toEqual(['claim:a-embassy']);
    const hidden = search({ ...EMPTY_SEARCH, query: 'Beslan', claimant: 'dmitry-medvedev' });
    expect(hidden).toMatchObject({ total: 0, hiddenByFilters: 2 });
  });

  it('lists everything the filters let through when there are no words, in reading order', () => {
    expect(ids('', { claimant: 'the-example' })).toEqual(['claim:a-duty-to-warn', 'claim:a-duty-of-care']);
    expect(search(EMPTY_SEARCH)).toEqual({ terms: [], units: [], phrase: [], groups: [], total: 0, hiddenByFilters: 0 });
    expect(ids('!!! ^$', { claimant: 'the-example' })).toEqual([]);
  });

  it.each(HOSTILE_QUERIES)('treats a hostile query ($name) as the plain words in it', ({ query }) => {
    expect(ids(query)).toEqual(ids(searchTerms(query).join(' ')));
  });

  it('reads Fuse operators as the words they surround', () => {
    for (const query of ["'Medvedev", '=Medvedev', '!Medvedev', '^Medvedev', 'Medvedev$', 'Medvedev |']) {
      expect(ids(query), query).toEqual(ids('Medvedev'));
    }
  });
});
