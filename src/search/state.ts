import { queryParam, SEARCH_FILTERS, type SearchFilter } from '../routes';

/**
 * A search as the reader sets it up; its URL (`searchPath` in src/routes.ts) is the
 * whole state, so a search can be shared, bookmarked and walked through with Back
 * and Forward.
 */

export interface SearchState extends Record<SearchFilter, string> {
  /** As typed; `searchTerms` decides what of it is searched for. */
  query: string;
}

export const EMPTY_SEARCH: SearchState = { query: '', article: '', type: '', claimant: '' };

/** The values each filter may take; anything else in a URL is ignored. */
export type FilterValues = Record<SearchFilter, ReadonlySet<string>>;

export function readSearchState(params: URLSearchParams, allowed: FilterValues): SearchState {
  const state: SearchState = { ...EMPTY_SEARCH, query: params.get('q') ?? '' };
  for (const filter of SEARCH_FILTERS) {
    const value = queryParam(params, filter) ?? '';
    if (allowed[filter].has(value)) state[filter] = value;
  }
  return state;
}

export function hasFilters(state: SearchState): boolean {
  return SEARCH_FILTERS.some((filter) => state[filter] !== '');
}

export function sameSearch(a: SearchState, b: SearchState): boolean {
  return a.query === b.query && SEARCH_FILTERS.every((filter) => a[filter] === b[filter]);
}
