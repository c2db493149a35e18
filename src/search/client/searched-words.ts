import { rangeAt } from '../../links/client/text-offsets';
import { highlightRanges } from '../match';
import { searchQuery } from '../query';

/**
 * Arriving from a search result (`?searched=` on its link): the searched words are
 * marked in the passage reached, as the result marked them, with the CSS Custom
 * Highlight API, so the page's text and DOM are left alone. Where the API is missing
 * the passage is still highlighted as any arrival is; only the words are not.
 */

const HIGHLIGHT_NAME = 'searched-words';

/** Marks the words of `searched` in the passage `target` lies in; returns what clears them. */
export function markWords(target: HTMLElement, searched: string): () => void {
  if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight !== 'function') return () => undefined;
  const passage = target.closest<HTMLElement>('#article-body > *') ?? target;
  const ranges = highlightRanges(passage.textContent ?? '', searchQuery(searched).units)
    .map(([start, end]) => rangeAt(passage, start, end))
    .filter((range) => range !== undefined);
  CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
  return () => CSS.highlights.delete(HIGHLIGHT_NAME);
}
