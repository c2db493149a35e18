import { claimAnchor } from '../../routes';
import { element, quotedQuery } from './render-results';

/**
 * On an article page, marks the claims a search found in the text (a class on their
 * `mark.claim` elements: nothing is added inside `#article-body` but attributes) and
 * shows a bar above the text, outside it, to step through them and to clear them.
 */

const MATCH_CLASS = 'search-match';

let clearCurrent: (() => void) | undefined;

/** The id of the article shown on this page, if it is an article page. */
export function currentArticle(): string | undefined {
  return document.querySelector<HTMLElement>('.article-layout[data-article]')?.dataset.article;
}

/** Returns what the bar says, for the caller's live region, or nothing if no claim is in the text. */
export function highlightClaims(claimIds: readonly string[], query: string, { returnFocusTo }: { returnFocusTo: HTMLElement }): string | undefined {
  clearCurrent?.();
  const layout = document.querySelector<HTMLElement>('.article-layout');
  const body = layout?.querySelector<HTMLElement>('#article-body');
  if (!layout || !body) return undefined;
  const firstSegments = claimIds.map((id) => document.getElementById(claimAnchor(id))).filter((mark): mark is HTMLElement => mark !== null && body.contains(mark));
  if (firstSegments.length === 0) return undefined;
  const segments = claimIds.flatMap((id) => [...body.querySelectorAll<HTMLElement>(`mark.claim[data-claim="${CSS.escape(id)}"]`)]);
  for (const segment of segments) segment.classList.add(MATCH_CLASS);
  for (const mark of firstSegments) mark.tabIndex = -1;

  const count = firstSegments.length;
  const summary = `${count} ${count === 1 ? 'claim' : 'claims'} in this piece ${count === 1 ? 'matches' : 'match'} ${quotedQuery(query)}.`;
  const message = element('p', { className: 'search-highlights__message' }, summary);
  const next = element('button', { type: 'button', className: 'search-highlights__button' }, 'Next match');
  const clear = element('button', { type: 'button', className: 'search-highlights__button' }, 'Clear highlights');
  const bar = element('div', { className: 'search-highlights no-print', role: 'region', 'aria-label': 'Claims matching your search' }, message, next, clear);
  layout.before(bar);

  let at = -1;
  const goTo = (index: number) => {
    at = index % count;
    const mark = firstSegments[at]!;
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  };
  next.addEventListener('click', () => goTo(at + 1));
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented && (bar.contains(document.activeElement) || firstSegments.includes(document.activeElement as HTMLElement))) {
      event.preventDefault();
      clearCurrent?.();
      returnFocusTo.focus();
    }
  };
  document.addEventListener('keydown', onKey);
  clear.addEventListener('click', () => {
    clearCurrent?.();
    returnFocusTo.focus();
  });
  clearCurrent = () => {
    for (const segment of segments) segment.classList.remove(MATCH_CLASS);
    for (const mark of firstSegments) mark.removeAttribute('tabindex');
    document.removeEventListener('keydown', onKey);
    bar.remove();
    clearCurrent = undefined;
  };
  goTo(0);
  return summary;
}
