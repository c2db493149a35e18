import { passageUrl, selectorFor, snapToWords, wordsAfter, wordsBefore } from '../passage-links';
import type { TextRange } from '../../annotate/quote-search';
import { textDirective } from '../text-fragments';
import { withPageClaimsShown } from '../../claims/client/claims-shown';
import { pageAddress } from './share-address';
import { prepareLinkStatus, shareLink } from './share-link';
import { textOffset } from './text-offsets';

/**
 * Selecting text in an article offers "Copy link to this passage", a button beside
 * the selection. The link lands on exactly the selected words (widened to whole
 * words), by text fragment where the browser supports them and by the site's own
 * `?quote=` search everywhere.
 */

/** Waits for the selection to settle before placing the button. */
const SETTLE_MS = 120;
const GAP_PX = 8;

interface Block extends TextRange {
  element: Element;
}

export function startSelectionLinks(): void {
  const body = document.getElementById('article-body');
  if (!body) return;
  prepareLinkStatus();
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'selection-link';
  button.textContent = 'Copy link to this passage';
  button.hidden = true;
  body.after(button);

  let selected: TextRange | undefined;
  let timer: number | undefined;

  const hide = () => {
    button.hidden = true;
    selected = undefined;
  };

  const update = () => {
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
    if (!range || !body.contains(range.commonAncestorContainer)) {
      if (document.activeElement !== button) hide();
      return;
    }
    const text = body.textContent ?? '';
    selected = snapToWords(text, { start: textOffset(body, range.startContainer, range.startOffset), end: textOffset(body, range.endContainer, range.endOffset) });
    if (!selected) {
      hide();
      return;
    }
    button.hidden = false;
    place(button, range);
  };

  document.addEventListener('selectionchange', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, SETTLE_MS);
  });
  // Keeps the selection (and the focus where it was) when the button is pressed.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => {
    if (!selected) return;
    void shareLink({ url: passageLink(body, selected), what: 'passage' });
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) hide();
  });
}

/** The link to the characters `range` of the body's text. */
function passageLink(body: HTMLElement, range: TextRange): string {
  const text = body.textContent ?? '';
  const touched = blocksOf(body).filter((block) => block.start < range.end && block.end > range.start);
  // Words outside any paragraph (text directly in the body) count as one block: the body.
  const blocks = touched.length > 0 ? touched : [{ element: body, start: 0, end: text.length }];
  const first = blocks[0]!;
  const last = blocks.at(-1)!;
  const pieces = blocks.map((block) => text.slice(Math.max(range.start, block.start), Math.min(range.end, block.end))).filter((piece) => piece.trim() !== '');
  const directive = textDirective({
    pieces,
    prefix: wordsBefore(text, range.start, first.start),
    suffix: wordsAfter(text, range.end, last.end),
  });
  const selector = selectorFor(text, range, { start: first.start, end: last.end });
  return withPageClaimsShown(passageUrl(pageAddress(), selector, first.element.id, directive));
}

/** The body's paragraphs (its child elements) and where their text lies, in one pass. */
function blocksOf(body: HTMLElement): Block[] {
  const blocks: Block[] = [];
  let offset = 0;
  for (const node of body.childNodes) {
    // Comments are not part of the body's textContent; text between paragraphs is.
    if (node.nodeType !== Node.TEXT_NODE && node.nodeType !== Node.ELEMENT_NODE) continue;
    const length = (node.textContent ?? '').length;
    if (node instanceof HTMLElement) blocks.push({ element: node, start: offset, end: offset + length });
    offset += length;
  }
  return blocks;
}

/**
 * Above the start of the selection; on touch screens, where the system's own menu
 * sits above it, below its end. Kept within the viewport's width.
 */
function place(button: HTMLElement, range: Range): void {
  const rects = range.getClientRects();
  const below = window.matchMedia('(pointer: coarse)').matches;
  const anchor = (below ? rects[rects.length - 1] : rects[0]) ?? range.getBoundingClientRect();
  const container = (button.offsetParent ?? document.documentElement).getBoundingClientRect();
  const wanted = below ? anchor.right - button.offsetWidth : anchor.left;
  const left = Math.min(Math.max(wanted, GAP_PX), document.documentElement.clientWidth - button.offsetWidth - GAP_PX);
  const top = below ? anchor.bottom + GAP_PX : anchor.top - button.offsetHeight - GAP_PX;
  button.style.left = `${left - container.left}px`;
  button.style.top = `${top - container.top}px`;
}
