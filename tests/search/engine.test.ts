import { describe, expect, it } from 'vitest';
import { createSearchEngine, withShownText } from '../../src/search/engine';
import { buildSearchIndex, type SearchIndexFile } from '../../src/search/search-index';
import { buildSearchRecords } from '../../src/search/records';
import { EMPTY_SEARCH } from '../../src/search/state';
import { CONTENT } from '../support/search-fixture';

/** The relevance rules, on a small corpus made to tell them apart (tests/support/search-fixture.ts). */

const file = JSON.parse(JSON.stringify(buildSearchIndex(buildSearchRecords(CONTENT)))) as SearchIndexFile;
const search = createSearchEngine(file);
const outcome = (query: string) => withShownText(search({ ...EMPTY_SEARCH, query }));
const ids = (query: string) => outcome(query).groups.flatMap((group) => group.records.map((record) => `${group.kind}:${record.id}`));
const excerptOf = (query: string, id: string) => {
  for (const group of outcome(query).groups) {
    const index = group.records.findIndex((record) => record.id === id);
    if (index !== -1) return group.shown![index]!.excerpt;
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
          const shown = group.shown![index]!.excerpt;
          const visible = [JSON.stringify(record), shown ? markedIn(shown).join(' ') : ''].join(' ');
          expect(shown === undefined || shown.ranges.length > 0 || record.kind === 'claim', `${query}: ${record.id} ${visible}`).toBe(true);
        }
      }
    }
  });
});
