import { debounce } from '../../lib/debounce';
import type { SearchOutcome } from '../../lib/search-engine';
import { EMPTY_SEARCH, hasFilters, readSearchState, SEARCH_FILTERS, sameSearch, searchPath, type FilterValues, type SearchFilter, type SearchState } from '../../lib/search-state';
import { SITE_NAME } from '../../lib/site';
import { href } from '../../lib/urls';
import { describeCounts, element, NO_RESULTS, quotedQuery, renderResults } from './render-results';
import { resultsKeyboard } from './results-keyboard';
import { latestResults, startSearch } from './search-client';

/**
 * The search page, `/search/?q=…&piece=…&type=…&claimant=…`. The URL is the state:
 * typing updates it in place (one history entry per burst of typing), a filter,
 * Enter or a suggestion adds an entry, and Back and Forward restore each search.
 * Without JavaScript the page says that search needs it and points to the claims index.
 */

const TYPING_PAUSE_MS = 150;
/** More than a reader scans; the group says how many there are in all. */
const PER_GROUP = 50;

export function enhanceSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  const help = document.querySelector<HTMLElement>('[data-search-help]');
  const select = (filter: SearchFilter) => form?.querySelector<HTMLSelectElement>(`select[name="${filter}"]`);
  const [piece, type, claimant] = [select('piece'), select('type'), select('claimant')];
  if (!form || !input || !status || !results || !help || !piece || !type || !claimant) return;
  const selects: Record<SearchFilter, HTMLSelectElement> = { piece, type, claimant };
  const valuesOf = (list: HTMLSelectElement) => new Set([...list.options].map((option) => option.value).filter((value) => value !== ''));
  const allowed: FilterValues = { piece: valuesOf(piece), type: valuesOf(type), claimant: valuesOf(claimant) };

  const listbox = element('div', { className: 'search-results', id: 'search-page-listbox', role: 'listbox', 'aria-label': 'Search results' });
  const notice = element('div', { className: 'search-notice' });
  results.append(listbox, notice);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');
  const keyboard = resultsKeyboard(input);

  const fromLocation = () => readSearchState(new URLSearchParams(window.location.search), allowed);
  const fromForm = (): SearchState => ({ query: input.value, piece: selects.piece.value, type: selects.type.value, claimant: selects.claimant.value });
  const toForm = (state: SearchState) => {
    input.value = state.query;
    for (const filter of SEARCH_FILTERS) selects[filter].value = state[filter];
  };

  let current = fromLocation();
  // Whether the current history entry was made by typing, so that more typing replaces it.
  let typing = false;

  const commit = (state: SearchState, { fromTyping }: { fromTyping: boolean }) => {
    if (!sameSearch(state, current)) {
      const url = href(searchPath(state));
      if (fromTyping && typing) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      current = state;
    }
    typing = fromTyping;
    void render(state);
  };

  const render = async (state: SearchState) => {
    document.title = state.query.trim() === '' ? `Search · ${SITE_NAME}` : `${quotedQuery(state.query)} · Search · ${SITE_NAME}`;
    const empty = state.query.trim() === '' && !hasFilters(state);
    help.hidden = !empty;
    if (empty) {
      searches.cancel();
      show(undefined, '');
      return;
    }
    if (listbox.hidden) status.textContent = 'Loading search…';
    await searches.run({ caller: 'page', state, perGroup: PER_GROUP });
  };

  const searches = latestResults(listbox, {
    show: ({ outcome }, asked) => show(outcome, summary(outcome, asked.state)),
    fail: () => show(undefined, 'Search could not be loaded. Check your connection and reload the page.'),
  });

  const show = (outcome: SearchOutcome | undefined, message: string) => {
    keyboard.setOptions(renderResults(listbox, outcome ?? NO_RESULTS, 'search-page'));
    input.setAttribute('aria-expanded', String(!listbox.hidden));
    notice.replaceChildren(...(outcome && outcome.total === 0 ? noResultsHelp(outcome) : []));
    status.textContent = message;
  };

  /** What to try when nothing matched: the filters that hid results, other words, the claims index. */
  const noResultsHelp = (outcome: SearchOutcome): Node[] => {
    const help: Node[] = [];
    if (outcome.hiddenByFilters > 0) {
      const clear = element('button', { type: 'button', className: 'search-notice__button' }, 'Search without filters');
      clear.addEventListener('click', () => {
        const state = { ...EMPTY_SEARCH, query: current.query };
        toForm(state);
        commit(state, { fromTyping: false });
        input.focus();
      });
      const count = outcome.hiddenByFilters;
      help.push(element('p', {}, `${count} ${count === 1 ? 'result is' : 'results are'} hidden by the filters. `, clear));
    }
    const claims = element('a', { href: href('/claims/') }, 'the claims index');
    help.push(element('p', {}, 'Check the spelling, try fewer or other words, or browse every claim on ', claims, '.'));
    return help;
  };

  const typed = debounce(() => commit(fromForm(), { fromTyping: true }), TYPING_PAUSE_MS);
  input.addEventListener('input', () => {
    searches.expect();
    typed();
  });
  input.addEventListener('focus', () => void startSearch());
  for (const filter of SEARCH_FILTERS) selects[filter].addEventListener('change', () => commit(fromForm(), { fromTyping: false }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    typed.flush();
    commit(fromForm(), { fromTyping: false });
  });
  window.addEventListener('popstate', () => {
    current = fromLocation();
    typing = false;
    toForm(current);
    void render(current);
  });

  toForm(current);
  void render(current);
}

function summary(outcome: SearchOutcome, state: SearchState): string {
  const what = `Results for ${quotedQuery(state.query)}`;
  const described = state.query.trim() === '' ? 'With these filters' : hasFilters(state) ? `${what}, filtered` : what;
  if (outcome.total > 0) return `${described}: ${describeCounts(outcome)}.`;
  if (outcome.terms.length === 0 && state.query.trim() !== '') return `${quotedQuery(state.query)} has no word of two letters or more to search for.`;
  return `${described}: nothing found.`;
}
