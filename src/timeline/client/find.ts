import { debounce } from '../../search/client/debounce';
import { latestResults } from '../../search/client/search-client';
import { EMPTY_SEARCH } from '../../search/state';

/**
 * The timeline's find box, loaded the first time it is used (or when a shared
 * `?q=` asks for it): the site's own search (its worker, index and matching
 * rules, src/search/) finds the events, and the cards and marks it did not find
 * are hidden. Only the answer to the latest words is shown.
 */

/** The class of a card or mark the search did not find. */
export const UNFOUND_CLASS = 'is-unfound';

/** After this pause in typing, the words are searched for. */
const TYPING_PAUSE_MS = 120;

export interface FindView {
  /** The cards and the marks, each with `data-event`. */
  shown: HTMLElement[];
  /** The list the answers change: busy while a search runs. */
  list: HTMLElement;
  /** The events shown changed. */
  changed(): void;
  /** Search could not be loaded: everything stays shown. */
  failed(): void;
}

export function attachFind(view: FindView): (words: string) => void {
  const apply = (found: ReadonlySet<string> | undefined) => {
    for (const element of view.shown) element.classList.toggle(UNFOUND_CLASS, found !== undefined && !found.has(element.dataset.event ?? ''));
    view.changed();
  };
  const results = latestResults(view.list, {
    show({ outcome }) {
      // No words (or only what search ignores, punctuation say) narrow nothing.
      if (outcome.terms.length === 0) return apply(undefined);
      const events = outcome.groups.find((group) => group.kind === 'event')?.records ?? [];
      apply(new Set(events.map((record) => record.id)));
    },
    fail() {
      apply(undefined);
      view.failed();
    },
  });
  const perGroup = new Set(view.shown.map((element) => element.dataset.event)).size;
  const search = debounce((words: string) => void results.run({ caller: 'timeline', state: { ...EMPTY_SEARCH, query: words }, perGroup }), TYPING_PAUSE_MS);
  return (words) => {
    results.expect();
    search(words);
  };
}
