import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { TextRange } from './quote-search';

type Container = Root | Element;
type Child = RootContent | ElementContent;

/**
 * Wraps the characters `range` of `root`'s text (offsets as in DOM `textContent`)
 * in elements made by `makeWrapper`. Where the range crosses element boundaries it
 * is split into several wrappers (segments), as few as the markup allows; an
 * element that spans exactly the range is wrapped inside, so ranges added later
 * nest within ranges added earlier. Returns the wrappers in document order.
 */
export function wrapTextRange(root: Container, range: TextRange, makeWrapper: (segment: number) => Element): Element[] {
  const segments: Element[] = [];
  wrapWithin(root, 0, range, makeWrapper, segments);
  return segments;
}

function wrapWithin(parent: Container, parentStart: number, range: TextRange, makeWrapper: (segment: number) => Element, segments: Element[]): void {
  const children: Child[] = [];
  let run: Child[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const wrapper = makeWrapper(segments.length);
    wrapper.children = run as ElementContent[];
    segments.push(wrapper);
    children.push(wrapper);
    run = [];
  };
  const keep = (child: Child) => {
    flush();
    children.push(child);
  };

  let start = parentStart;
  for (const child of parent.children as Child[]) {
    const length = textOf(child).length;
    const end = start + length;
    const outside = end < range.start || start > range.end || (length === 0 ? start <= range.start || end >= range.end : end <= range.start || start >= range.end);
    if (outside) {
      keep(child);
    } else if (start >= range.start && end <= range.end && !(child.type === 'element' && start === range.start && end === range.end)) {
      run.push(child);
    } else if (child.type === 'text') {
      const cutStart = Math.max(range.start, start) - start;
      const cutEnd = Math.min(range.end, end) - start;
      if (cutStart > 0) keep({ type: 'text', value: child.value.slice(0, cutStart) });
      run.push({ type: 'text', value: child.value.slice(cutStart, cutEnd) });
      if (cutEnd < child.value.length) keep({ type: 'text', value: child.value.slice(cutEnd) });
    } else if (child.type === 'element') {
      flush();
      wrapWithin(child, start, range, makeWrapper, segments);
      children.push(child);
    } else {
      keep(child);
    }
    start = end;
  }
  flush();
  parent.children = children as typeof parent.children;
}

/** The text of a node as the browser's `textContent` gives it: text nodes only, no comments. */
export function textOf(node: Container | Child): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'root' || node.type === 'element') return node.children.map((child) => textOf(child)).join('');
  return '';
}

/** The paragraphs of a tree, with their ids and where their text lies. */
export function paragraphRanges(root: Container): { id: string; start: number; end: number }[] {
  const blocks: { id: string; start: number; end: number }[] = [];
  const walk = (node: Container | Child, start: number): number => {
    if (node.type === 'text') return start + node.value.length;
    if (node.type !== 'root' && node.type !== 'element') return start;
    let end = start;
    for (const child of node.children) end = walk(child, end);
    if (node.type === 'element' && node.tagName === 'p') blocks.push({ id: String(node.properties.id ?? ''), start, end });
    return end;
  };
  walk(root, 0);
  return blocks.sort((a, b) => a.start - b.start);
}

/** Punctuation that closes a phrase: a marker set before it would stand apart from its words. */
const CLOSING_PUNCTUATION = /^[.,;:!?)\]’”»…]+/;

/**
 * Inserts `node` right after `target`, wherever `target` sits in the tree. With
 * `afterPunctuation`, it goes after any closing punctuation that directly
 * follows (“…society”. [marker]), splitting that text node: a note marker reads
 * as a footnote call, after the full stop, not before it.
 */
export function insertAfter(root: Container, target: Element, node: Element, { afterPunctuation = false } = {}): void {
  const visit = (parent: Container): boolean => {
    const index = (parent.children as Child[]).indexOf(target);
    if (index === -1) return parent.children.some((child) => child.type === 'element' && visit(child));
    const next = parent.children[index + 1];
    const punctuation = afterPunctuation && next?.type === 'text' ? CLOSING_PUNCTUATION.exec(next.value)?.[0] : undefined;
    if (punctuation && next?.type === 'text') {
      const rest = next.value.slice(punctuation.length);
      const pieces: Child[] = [{ type: 'text', value: punctuation }, node, ...(rest ? [{ type: 'text' as const, value: rest }] : [])];
      parent.children.splice(index + 1, 1, ...(pieces as typeof parent.children));
    } else {
      parent.children.splice(index + 1, 0, node);
    }
    return true;
  };
  visit(root);
}
