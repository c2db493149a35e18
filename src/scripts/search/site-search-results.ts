import { debounce } from '../../lib/debounce';
import { EMPTY_SEARCH, searchPath } from '../../lib/search-state';
import { href } from '../../lib/urls';
import { currentArticle, highlightClaims } from './claim-highlights';
import { describeCounts, element, NO_RESULTS, quotedQuery, renderResults } from './render-results';
import { latestResults, startSearch, type SearchAnswer } from './search-client';
import { resultsKeyboard } from './results-keyboard';

/**
 * The header's search results, loaded when the field is first used (see
 * site-search.ts): results as you type in a popup under the field, arrows and
 * Enter to choose, Esc to close.
 */

const PER_GROUP = 4;
const TYPING_PAUSE_MS = 120;

export function attachSiteSearch(form: HTMLFormElement, input: HTMLInputElement): void {

  const status = element('p', { className: 'visually-hidden', role: 'status' });
  const listbox = element('div', { className: 'search-results', id: 'site-search-listbox', role: 'listbox', 'aria-label': 'Search results' });
  const message = element('p', { className: 'site-search__message' });
  const highlight = element('button', { type: 'button', className: 'site-search__action' });
  // A link from the start (the search page), so that it is never a link to nowhere.
  const allResults = element('a', { className: 'site-search__all', href: href('/search/') }, 'All results, with filters');
  const popup = element('div', { className: 'site-search__popup' }, message, listbox, element('div', { className: 'site-search__footer' }, highlight, allResults));
  popup.hidden = true;
  highlight.hidden = true;
  form.append(status, popup);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');

  const keyboard = resultsKeyboard(input, {
    beforeMove: () => {
      if (!popup.hidden || input.value.trim() === '') return;
      searchSoon();
      search.flush();
    },
  });
  let matchingClaims: string[] = [];

  const open = (shown: boolean) => {
    popup.hidden = !shown;
    input.setAttribute('aria-expanded', String(shown && !listbox.hidden));
  };

  const show = ({ outcome, claimsInArticle }: SearchAnswer, query: string) => {
    keyboard.setOptions(renderResults(listbox, outcome, 'site-search'));
    allResults.href = href(searchPath({ query }));
    message.textContent = outcome.total > 0 ? '' : outcome.terms.length === 0 ? 'Type a word of two letters or more.' : `Nothing matches ${quotedQuery(query)}. Check the spelling or try fewer words.`;
    message.hidden = message.textContent === '';
    status.textContent = outcome.total > 0 ? `${describeCounts(outcome)}. Up and down arrows to choose.` : message.textContent;
    matchingClaims = claimsInArticle;
    highlight.hidden = matchingClaims.length === 0;
    highlight.textContent = `Highlight ${matchingClaims.length === 1 ? 'the matching claim' : `the ${matchingClaims.length} matching claims`} in this piece`;
    open(true);
  };

  const showMessage = (text: string) => {
    keyboard.setOptions(renderResults(listbox, NO_RESULTS, 'site-search'));
    message.textContent = text;
    message.hidden = false;
    highlight.hidden = true;
    status.textContent = text;
    open(true);
  };

  const searches = latestResults(listbox, {
    show: (answer, asked) => show(answer, asked.state.query),
    fail: () => showMessage('Search could not be loaded. Check your connection and try again.'),
  });

  const search = debounce(async () => {
    const query = input.value;
    if (query.trim() === '') {
      status.textContent = '';
      close();
      return;
    }
    if (popup.hidden) showMessage('Loading search…');
    const article = currentArticle();
    await searches.run({ caller: 'header', state: { ...EMPTY_SEARCH, query }, perGroup: PER_GROUP, ...(article !== undefined && { article }) });
  }, TYPING_PAUSE_MS);

  const searchSoon = () => {
    searches.expect();
    search();
  };

  const close = () => {
    searches.cancel();
    keyboard.setOptions([]);
    open(false);
  };

  input.addEventListener('focus', () => {
    startSearch();
    if (input.value.trim() !== '') searchSoon();
  });
  input.addEventListener('input', searchSoon);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !popup.hidden) {
      // Chromium clears a search field on Escape; here Escape only closes the results.
      event.preventDefault();
      close();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && form.contains(event.relatedTarget))) close();
  });
  listbox.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a[role="option"]')) close();
  });
  highlight.addEventListener('click', () => {
    const query = input.value;
    close();
    const summary = highlightClaims(matchingClaims, query, { returnFocusTo: input });
    if (summary) status.textContent = summary;
  });

  // Loaded by the field's first focus or keystroke, which these listeners came too late for.
  if (document.activeElement === input) {
    startSearch();
    if (input.value.trim() !== '') searchSoon();
  }
}

