/**
 * A search as the reader sets it up, and its URL: `/search/?q=…&piece=…&type=…&claimant=…`.
 * The URL is the whole state, so a search can be shared, bookmarked and walked
 * through with Back and Forward.
 */

export const SEARCH_FILTERS = ['piece', 'type', 'claimant'] as const;

export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchState extends Record<SearchFilter, string> {
  /** As typed; `searchTerms` decides what of it is searched for. */
  query: string;
}

export const EMPTY_SEARCH: SearchState = { query: '', piece: '', type: '', claimant: '' };

/** The values each filter may take; anything else in a URL is ignored. */
export type FilterValues = Record<SearchFilter, ReadonlySet<string>>;

export function readSearchState(params: URLSearchParams, allowed: FilterValues): SearchState {
  const state: SearchState = { ...EMPTY_SEARCH, query: params.get('q') ?? '' };
  for (const filter of SEARCH_FILTERS) {
    const value = params.get(filter) ?? '';
    if (allowed[filter].has(value)) state[filter] = value;
  }
  return state;
}

/** The site path of a search (without the base path), with only the parameters that are set. */
export function searchPath(state: Partial<SearchState>): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const filter of SEARCH_FILTERS) {
    const value = state[filter];
    if (value) params.set(filter, value);
  }
  const query = params.toString();
  return query === '' ? '/search/' : `/search/?${query}`;
}

export function hasFilters(state: SearchState): boolean {
  return SEARCH_FILTERS.some((filter) => state[filter] !== '');
}

export function sameSearch(a: SearchState, b: SearchState): boolean {
  return a.query === b.query && SEARCH_FILTERS.every((filter) => a[filter] === b[filter]);
}
