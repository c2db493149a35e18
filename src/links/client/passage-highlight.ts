/**
 * Highlights the passage a link arrived at. With the CSS Custom Highlight API the
 * page's DOM is left alone; without it, each piece of text in the range is wrapped
 * in a `<mark>` made with `createElement`, which adds elements but no text.
 */

const HIGHLIGHT_NAME = 'arrival';
const FALLBACK_CLASS = 'arrival-passage';

const supportsHighlights = () => typeof CSS !== 'undefined' && Boolean(CSS.highlights) && typeof Highlight === 'function';

export function highlightPassage(range: Range): void {
  clearPassageHighlight();
  if (supportsHighlights()) {
    CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
    return;
  }
  for (const text of textNodesIn(range)) {
    const from = text === range.startContainer ? range.startOffset : 0;
    const to = text === range.endContainer ? range.endOffset : text.data.length;
    if (from === to) continue;
    const piece = from > 0 ? text.splitText(from) : text;
    if (to - from < piece.data.length) piece.splitText(to - from);
    const mark = document.createElement('mark');
    mark.className = FALLBACK_CLASS;
    piece.replaceWith(mark);
    mark.append(piece);
  }
}

export function clearPassageHighlight(): void {
  if (supportsHighlights()) CSS.highlights.delete(HIGHLIGHT_NAME);
  for (const mark of document.querySelectorAll(`mark.${FALLBACK_CLASS}`)) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
}

function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === Node.TEXT_NODE) return [root as Text];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (range.intersectsNode(node) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}
