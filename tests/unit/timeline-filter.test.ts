import { describe, expect, it } from 'vitest';
import { EVERY_PIECE, filterQuery, isFiltered, readFilter, showsEvent, type FilterVocabulary } from '../../src/lib/timeline-filter';

const KNOWN: FilterVocabulary = { categories: ['background', 'warning', 'attack'], pieces: ['economist', 'post'] };
const read = (query: string) => readFilter(new URLSearchParams(query), KNOWN);

describe('timeline filter in the URL', () => {
  it('reads categories and a piece, in the vocabulary’s order', () => {
    expect(read('?category=attack&category=background&piece=post')).toEqual({ categories: ['background', 'attack'], piece: 'post' });
    expect(read('')).toEqual({ categories: [], piece: undefined });
    expect(read(`?piece=${EVERY_PIECE}`)).toEqual({ categories: [], piece: EVERY_PIECE });
  });

  it('ignores what it does not know, so a hostile or stale query only shows more', () => {
    expect(read('?category=<script>&category=attack&category=attack&piece=javascript:alert(1)')).toEqual({ categories: ['attack'], piece: undefined });
    expect(read('?category=&piece=')).toEqual({ categories: [], piece: undefined });
  });

  it('writes what the filter form would submit, and nothing when nothing is filtered', () => {
    expect(filterQuery({ categories: ['background', 'attack'], piece: 'post' })).toBe('?category=background&category=attack&piece=post');
    expect(filterQuery({ categories: [], piece: undefined })).toBe('');
    for (const query of ['?category=warning', '?piece=economist', '?category=background&category=warning&piece=both']) {
      expect(filterQuery(read(query))).toBe(query);
    }
  });

  it('says whether anything is filtered', () => {
    expect(isFiltered(read(''))).toBe(false);
    expect(isFiltered(read('?piece=post'))).toBe(true);
    expect(isFiltered(read('?category=attack'))).toBe(true);
  });
});

describe('showsEvent', () => {
  const event = { category: 'attack', pieces: ['post'] };

  it('shows everything when nothing is filtered', () => {
    expect(showsEvent(read(''), event, KNOWN)).toBe(true);
  });

  it('filters by category and by the pieces that refer to the event, both at once', () => {
    expect(showsEvent(read('?category=attack'), event, KNOWN)).toBe(true);
    expect(showsEvent(read('?category=warning&category=background'), event, KNOWN)).toBe(false);
    expect(showsEvent(read('?piece=post'), event, KNOWN)).toBe(true);
    expect(showsEvent(read('?piece=economist'), event, KNOWN)).toBe(false);
    expect(showsEvent(read('?category=attack&piece=economist'), event, KNOWN)).toBe(false);
  });

  it('“both” means every piece refers to it', () => {
    expect(showsEvent(read('?piece=both'), event, KNOWN)).toBe(false);
    expect(showsEvent(read('?piece=both'), { category: 'attack', pieces: ['post', 'economist'] }, KNOWN)).toBe(true);
  });
});
