import type { ArticleState } from '../api';
import { rangeAt, textOffset } from '../../links/client/text-offsets';
import { judgeSelection, type SelectionVerdict } from '../selection';

/**
 * Reads the editor's selection in the article's text: where it is (offsets in
 * `#article-body`'s text, as the catalog counts them) and what it can become.
 */

export type PageSelection = SelectionVerdict & { quote?: string };

/**
 * The verdict on the current selection, or undefined when there is none to judge
 * (nothing selected, or a selection outside the article, e.g. in the toolbar's form).
 */
export function readSelection(body: HTMLElement, state: ArticleState): PageSelection | undefined {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const startsInside = body.contains(range.startContainer);
  const endsInside = body.contains(range.endContainer);
  if (!startsInside && !endsInside) return undefined;
  if (!startsInside || !endsInside) {
    return { kind: 'refused', reason: 'The selection reaches outside the article’s text. Select words of the text only, not its headings or notes.' };
  }
  const marker = [range.startContainer, range.endContainer].map((node) => markerAround(node, body)).find(Boolean);
  if (marker) {
    return {
      kind: 'refused',
      reason: 'The selection starts or ends inside a marker (a sign after a passage, or a paragraph’s ¶ link), which has no words of its own. Select from the first word of the passage to its last.',
    };
  }
  const selected = { start: textOffset(body, range.startContainer, range.startOffset), end: textOffset(body, range.endContainer, range.endOffset) };
  const verdict = judgeSelection(state.text, state.paragraphs, state.claims, selected);
  return verdict.kind === 'new' ? { ...verdict, quote: state.text.slice(verdict.range.start, verdict.range.end) } : verdict;
}

/** A marker is an element of the text with no text of its own: a note call, an event sign, a permalink. */
function markerAround(node: Node, body: HTMLElement): Element | undefined {
  for (let current: Node | null = node; current && current !== body; current = current.parentNode) {
    if (current instanceof Element && (current.textContent ?? '') === '') return current;
  }
  return undefined;
}

/** Selects the characters `start`–`end` of the article's text, e.g. a problem's closest passage. */
export function selectPassage(body: HTMLElement, start: number, end: number): void {
  const range = rangeAt(body, start, end);
  const selection = document.getSelection();
  if (!range || !selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
}
