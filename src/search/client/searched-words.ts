import { ARRIVAL_EVENT } from '../../links/client/arrival';
import { rangeAt } from '../../links/client/text-offsets';
import { highlightRanges } from '../match';
import { searchQuery } from '../query';

/**
 * Arriving from a search result (`?searched=` on its link): the searched words are
 * marked in the passage reached, as the result marked them, with the CSS Custom
 * Highlight API, so the page's text and DOM are left alone; cleared, as the arrival's
 * own highlight is, when the reader moves on (Escape, another link on the page).
 * Where the API is missing the passage is still highlighted as any arrival is.
 */

const HIGHLIGHT_NAME = 'searched-words';

/** Marks the words; gives back what clears them, for the arrival to call when the reader moves on. */
export function markWords(target: HTMLElement, searched: string): (() => void) | undefined {
  if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight !== 'function') return undefined;
  const passage = target.closest<HTMLElement>('#article-body > *') ?? target;
  const ranges = highlightRanges(passage.textContent ?? '', searchQuery(searched).units)
    .map(([start, end]) => rangeAt(passage, start, end))
    .filter((range) => range !== undefined);
  CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) clear();
  };
  const clear = () => {
    CSS.highlights.delete(HIGHLIGHT_NAME);
    document.removeEventListener('keydown', onKey);
    window.removeEventListener('hashchange', clear);
    document.removeEventListener(ARRIVAL_EVENT, clear);
  };
  document.addEventListener('keydown', onKey);
  window.addEventListener('hashchange', clear);
  document.addEventListener(ARRIVAL_EVENT, clear);
  return clear;
}
