import { describe, expect, it } from 'vitest';
import { searchPath } from '../../src/routes';
import { EMPTY_SEARCH, hasFilters, readSearchState, sameSearch, type FilterValues } from '../../src/search/state';

const allowed: FilterValues = {
  article: new Set(['economist-uses-of-terror']),
  type: new Set(['figure', 'attributed']),
  claimant: new Set(['dmitry-medvedev']),
};

describe('search state in the URL', () => {
  it('writes only what is set, and reads back the same search', () => {
    const state = { query: 'duty to warn & more', article: '', type: 'figure', claimant: 'dmitry-medvedev' };
    const path = searchPath(state);
    expect(path).toBe('/search/?q=duty+to+warn+%26+more&type=figure&claimant=dmitry-medvedev');
    expect(readSearchState(new URL(path, 'http://x').searchParams, allowed)).toEqual(state);
    expect(searchPath(EMPTY_SEARCH)).toBe('/search/');
  });

  it('ignores filter values that are not offered, and keeps any query as text', () => {
    const params = new URLSearchParams({ q: '<script>', type: 'nonsense', claimant: '__proto__', article: 'economist-uses-of-terror' });
    expect(readSearchState(params, allowed)).toEqual({ query: '<script>', article: 'economist-uses-of-terror', type: '', claimant: '' });
  });

  it('reads links shared when the article filter was called piece', () => {
    const params = new URLSearchParams({ q: 'toll', piece: 'economist-uses-of-terror' });
    expect(readSearchState(params, allowed)).toEqual({ ...EMPTY_SEARCH, query: 'toll', article: 'economist-uses-of-terror' });
  });

  it('compares searches and says whether filters are set', () => {
    expect(sameSearch({ ...EMPTY_SEARCH, query: 'x' }, { ...EMPTY_SEARCH, query: 'x' })).toBe(true);
    expect(sameSearch({ ...EMPTY_SEARCH, query: 'x' }, { ...EMPTY_SEARCH, query: 'x', type: 'figure' })).toBe(false);
    expect(hasFilters(EMPTY_SEARCH)).toBe(false);
    expect(hasFilters({ ...EMPTY_SEARCH, article: 'a' })).toBe(true);
  });
});
