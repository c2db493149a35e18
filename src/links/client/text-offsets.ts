/**
 * Converts between DOM positions and offsets in an element's `textContent`: the
 * coordinates quote search, claim anchors and passage links all count in.
 */

/** The `textContent` offset of a DOM boundary point inside `root`. */
export function textOffset(root: Node, node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

/** A DOM range over the characters `start`–`end` of `root.textContent`. */
export function rangeAt(root: Node, start: number, end: number): Range | undefined {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (!started && start < seen + length) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return undefined;
}
