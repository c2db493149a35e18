import { href, searchPath } from '../../routes';
import { EMPTY_SEARCH } from '../state';
import { currentArticle, highlightClaims } from './claim-highlights';
import { debounce } from './debounce';
import { describeCounts, element, NO_RESULTS, quotedQuery, renderResults, SOME_RESULTS_MISSING } from './render-results';
import { resultsKeyboard, type ResultsKeyboard } from './results-keyboard';
import { latestResults, startSearch, type LatestResults, type SearchAnswer } from './search-client';

/**
 * The header's search results, loaded when the field is first used (see
 * site-search.ts): results as you type in a popup under the field, arrows and
 * Enter to choose, Esc to close.
 */

const PER_GROUP = 4;
const TYPING_PAUSE_MS = 120;

/** The popup's parts, made once when search is first used. */
interface Popup {
  element: HTMLElement;
  /** Read out after each search. */
  status: HTMLElement;
  listbox: HTMLElement;
  message: HTMLElement;
  highlight: HTMLButtonElement;
  allResults: HTMLAnchorElement;
}

function createPopup(form: HTMLFormElement, input: HTMLInputElement): Popup {
  const status = element('p', { className: 'visually-hidden', role: 'status' });
  const listbox = element('div', { className: 'search-results', id: 'site-search-listbox', role: 'listbox', 'aria-label': 'Search results' });
  const message = element('p', { className: 'site-search__message' });
  const highlight = element('button', { type: 'button', className: 'site-search__action' });
  // A link from the start (the search page), so that it is never a link to nowhere.
  const allResults = element('a', { className: 'site-search__all', href: href(searchPath()) }, 'All results, with filters');
  const popup = element('div', { className: 'site-search__popup' }, message, listbox, element('div', { className: 'site-search__footer' }, highlight, allResults));
  popup.hidden = true;
  highlight.hidden = true;
  form.append(status, popup);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');
  return { element: popup, status, listbox, message, highlight, allResults };
}

/** The header search: what it shows, and the claims of this article its last answer matched. */
class HeaderSearch {
  readonly popup: Popup;
  readonly keyboard: ResultsKeyboard;
  readonly searches: LatestResults;
  /** Claims of the article on this page that the answer shown matched: what "Highlight" marks. */
  matchingClaims: string[] = [];
  readonly search = debounce(() => this.runSearch(), TYPING_PAUSE_MS);

  constructor(
    readonly form: HTMLFormElement,
    readonly input: HTMLInputElement,
  ) {
    this.popup = createPopup(form, input);
    this.keyboard = resultsKeyboard(input, { beforeMove: () => this.searchBeforeMoving() });
    this.searches = latestResults(this.popup.listbox, {
      show: (answer, asked) => this.show(answer, asked.state.query),
      fail: () => this.showMessage('Search could not be loaded. Check your connection and try again.'),
    });
  }

  open(shown: boolean): void {
    this.popup.element.hidden = !shown;
    this.input.setAttribute('aria-expanded', String(shown && !this.popup.listbox.hidden));
  }

  close(): void {
    this.searches.cancel();
    this.keyboard.setOptions([]);
    this.open(false);
  }

  show({ outcome, claimsInArticle, missingShards }: SearchAnswer, query: string): void {
    const { listbox, allResults, message, status, highlight } = this.popup;
    this.keyboard.setOptions(renderResults(listbox, outcome, 'site-search'));
    allResults.href = href(searchPath({ query }));
    message.textContent =
      missingShards > 0
        ? SOME_RESULTS_MISSING
        : outcome.total > 0
          ? ''
          : outcome.terms.length === 0
            ? 'Type a word of two letters or more.'
            : `Nothing matches ${quotedQuery(query)}. Check the spelling or try fewer words.`;
    message.hidden = message.textContent === '';
    status.textContent = outcome.total > 0 ? `${describeCounts(outcome)}. Up and down arrows to choose.${missingShards > 0 ? ` ${SOME_RESULTS_MISSING}` : ''}` : message.textContent;
    this.matchingClaims = claimsInArticle;
    highlight.hidden = claimsInArticle.length === 0;
    highlight.textContent = `Highlight ${claimsInArticle.length === 1 ? 'the matching claim' : `the ${claimsInArticle.length} matching claims`} in this piece`;
    this.open(true);
  }

  showMessage(text: string): void {
    const { listbox, message, highlight, status } = this.popup;
    this.keyboard.setOptions(renderResults(listbox, NO_RESULTS, 'site-search'));
    message.textContent = text;
    message.hidden = false;
    highlight.hidden = true;
    status.textContent = text;
    this.open(true);
  }

  async runSearch(): Promise<void> {
    const query = this.input.value;
    if (query.trim() === '') {
      this.popup.status.textContent = '';
      this.close();
      return;
    }
    if (this.popup.element.hidden) this.showMessage('Loading search…');
    const article = currentArticle();
    await this.searches.run({ caller: 'header', state: { ...EMPTY_SEARCH, query }, perGroup: PER_GROUP, ...(article !== undefined && { article }) });
  }

  /** A key was pressed: the answer to the words before it is no longer wanted. */
  searchSoon(): void {
    this.searches.expect();
    this.search();
  }

  /** An arrow key in a field whose results are closed opens them first, at once. */
  searchBeforeMoving(): void {
    if (!this.popup.element.hidden || this.input.value.trim() === '') return;
    this.searchSoon();
    this.search.flush();
  }

  highlightMatches(): void {
    const query = this.input.value;
    this.close();
    const summary = highlightClaims(this.matchingClaims, query, { returnFocusTo: this.input });
    if (summary) this.popup.status.textContent = summary;
  }

  started(): void {
    startSearch();
    if (this.input.value.trim() !== '') this.searchSoon();
  }
}

export function attachSiteSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  const header = new HeaderSearch(form, input);
  input.addEventListener('focus', () => header.started());
  input.addEventListener('input', () => header.searchSoon());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !header.popup.element.hidden) {
      // Chromium clears a search field on Escape; here Escape only closes the results.
      event.preventDefault();
      header.close();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && form.contains(event.relatedTarget))) header.close();
  });
  header.popup.listbox.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a[role="option"]')) header.close();
  });
  header.popup.highlight.addEventListener('click', () => header.highlightMatches());
  // Loaded by the field's first focus or keystroke, which these listeners came too late for.
  if (document.activeElement === input) header.started();
}
