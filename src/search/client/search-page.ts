import { SITE_NAME } from '../../meta/site';
import { claimsPath, href, SEARCH_FILTERS, searchPath, type SearchFilter } from '../../routes';
import type { SearchOutcome } from '../engine';
import { EMPTY_SEARCH, hasFilters, readSearchState, sameSearch, type FilterValues, type SearchState } from '../state';
import { debounce } from './debounce';
import { describeCounts, element, NO_RESULTS, quotedQuery, renderResults, SOME_RESULTS_MISSING } from './render-results';
import { resultsKeyboard } from './results-keyboard';
import { latestResults, startSearch } from './search-client';

/**
 * The search page, `/search/?q=…&article=…&type=…&claimant=…`. The URL is the state:
 * typing updates it in place (one history entry per burst of typing), a filter,
 * Enter or a suggestion adds an entry, and Back and Forward restore each search.
 * Without JavaScript the page says that search needs it and points to the claims index.
 */

const TYPING_PAUSE_MS = 150;
/** More than a reader scans; the group says how many there are in all. */
const PER_GROUP = 50;

/** The page's own elements, found once. */
interface SearchForm {
  form: HTMLFormElement;
  input: HTMLInputElement;
  selects: Record<SearchFilter, HTMLSelectElement>;
  status: HTMLElement;
  results: HTMLElement;
  help: HTMLElement;
  filters: HTMLDetailsElement;
}

function findSearchForm(): SearchForm | undefined {
  const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  const help = document.querySelector<HTMLElement>('[data-search-help]');
  const filters = form?.querySelector<HTMLDetailsElement>('details[data-search-filters]');
  const found = SEARCH_FILTERS.map((filter) => [filter, form?.querySelector<HTMLSelectElement>(`select[name="${filter}"]`)] as const);
  if (!form || !input || !status || !results || !help || !filters || found.some(([, select]) => !select)) return undefined;
  const selects = Object.fromEntries(found) as Record<SearchFilter, HTMLSelectElement>;
  return { form, input, selects, status, results, help, filters };
}

/** The search as the form shows it, both ways. */
function formState({ input, selects, filters }: SearchForm) {
  return {
    fromForm(): SearchState {
      const state = { ...EMPTY_SEARCH, query: input.value };
      for (const filter of SEARCH_FILTERS) state[filter] = selects[filter].value;
      return state;
    },
    toForm(state: SearchState): void {
      input.value = state.query;
      for (const filter of SEARCH_FILTERS) selects[filter].value = state[filter];
      // Filters in use are never hidden.
      if (hasFilters(state)) filters.open = true;
    },
  };
}

/** The results list and the notice under it: what the page shows of an answer. */
function resultsView({ input, results, status }: SearchForm) {
  const listbox = element('div', { className: 'search-results', id: 'search-page-listbox', role: 'listbox', 'aria-label': 'Search results' });
  const notice = element('div', { className: 'search-notice' });
  results.append(listbox, notice);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');
  const keyboard = resultsKeyboard(input);
  return {
    listbox,
    show(outcome: SearchOutcome | undefined, message: string, clearFilters: () => void) {
      keyboard.setOptions(renderResults(listbox, outcome ?? NO_RESULTS, 'search-page'));
      input.setAttribute('aria-expanded', String(!listbox.hidden));
      notice.replaceChildren(...(outcome && outcome.total === 0 ? noResultsHelp(outcome, clearFilters) : []));
      status.textContent = message;
    },
  };
}

/**
 * The page's search, with its state explicit: the search shown (`current`), and
 * whether its history entry was made by typing (`typing`), so that more typing
 * replaces that entry instead of adding one.
 */
function createSearchPage(page: SearchForm) {
  const { input, selects, status, help } = page;
  const view = resultsView(page);
  const valuesOf = (select: HTMLSelectElement) => new Set([...select.options].map((option) => option.value).filter((value) => value !== ''));
  /** The values each filter offers: anything else in a URL is ignored. */
  const allowed: FilterValues = { article: valuesOf(selects.article), type: valuesOf(selects.type), claimant: valuesOf(selects.claimant) };
  const fromLocation = () => readSearchState(new URLSearchParams(window.location.search), allowed);
  let current = fromLocation();
  let typing = false;

  const { fromForm, toForm } = formState(page);

  const show = (outcome: SearchOutcome | undefined, message: string) => view.show(outcome, message, clearFilters);
  const searches = latestResults(view.listbox, {
    show: ({ outcome, missingShards, more }, asked) =>
      show(outcome, `${summary(outcome, asked.state)}${more ? ' Searching the rest of the index…' : ''}${missingShards > 0 ? ` ${SOME_RESULTS_MISSING}` : ''}`),
    fail: () => show(undefined, 'Search could not be loaded. Check your connection and reload the page.'),
  });

  const render = async (state: SearchState) => {
    document.title = state.query.trim() === '' ? `Search · ${SITE_NAME}` : `${quotedQuery(state.query)} · Search · ${SITE_NAME}`;
    const empty = state.query.trim() === '' && !hasFilters(state);
    help.hidden = !empty;
    if (empty) {
      searches.cancel();
      show(undefined, '');
      return;
    }
    if (view.listbox.hidden) status.textContent = 'Loading search…';
    await searches.run({ caller: 'page', state, perGroup: PER_GROUP });
  };

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

  function clearFilters() {
    const state = { ...EMPTY_SEARCH, query: current.query };
    toForm(state);
    commit(state, { fromTyping: false });
    input.focus();
  }

  return {
    searches,
    /** Commits what the form says now. */
    commitForm: (fromTyping: boolean) => commit(fromForm(), { fromTyping }),
    /** Shows the search the address holds: on load, and after Back or Forward. */
    restore: () => {
      current = fromLocation();
      typing = false;
      toForm(current);
      void render(current);
    },
  };
}

/** What to try when nothing matched: the filters that hid results, other words, the claims index. */
function noResultsHelp(outcome: SearchOutcome, clearFilters: () => void): Node[] {
  const help: Node[] = [];
  if (outcome.hiddenByFilters > 0) {
    const clear = element('button', { type: 'button', className: 'search-notice__button' }, 'Search without filters');
    clear.addEventListener('click', clearFilters);
    const count = outcome.hiddenByFilters;
    help.push(element('p', {}, `${count} ${count === 1 ? 'result is' : 'results are'} hidden by the filters. `, clear));
  }
  const claims = element('a', { href: href(claimsPath()) }, 'the claims index');
  help.push(element('p', {}, 'Check the spelling, try fewer or other words, or browse every claim on ', claims, '.'));
  return help;
}

export function enhanceSearchPage(): void {
  const found = findSearchForm();
  if (!found) return;
  const page = createSearchPage(found);
  const { form, input, selects } = found;
  const typed = debounce(() => page.commitForm(true), TYPING_PAUSE_MS);
  input.addEventListener('input', () => {
    page.searches.expect();
    typed();
  });
  input.addEventListener('focus', () => void startSearch());
  for (const filter of SEARCH_FILTERS) selects[filter].addEventListener('change', () => page.commitForm(false));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    typed.flush();
    page.commitForm(false);
  });
  window.addEventListener('popstate', page.restore);
  page.restore();
}

function summary(outcome: SearchOutcome, state: SearchState): string {
  const what = `Results for ${quotedQuery(state.query)}`;
  const described = state.query.trim() === '' ? 'With these filters' : hasFilters(state) ? `${what}, filtered` : what;
  if (outcome.total > 0) return `${described}: ${describeCounts(outcome)}.`;
  if (outcome.terms.length === 0 && state.query.trim() !== '') return `${quotedQuery(state.query)} has no word of two letters or more to search for.`;
  return `${described}: nothing found.`;
}
