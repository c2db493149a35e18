import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { paragraphIds } from './paragraph-ids';

/**
 * Gives every paragraph a stable `p-…` id taken from its own words and a "¶"
 * permalink. The permalink's "¶" is drawn by CSS, so the paragraph's text (what
 * quotes, text fragments and search match against) stays the author's alone.
 */
export default function rehypeParagraphIds() {
  return (tree: Root) => {
    const paragraphs: Element[] = [];
    visit(tree, 'element', (node) => {
      if (node.tagName === 'p') paragraphs.push(node);
    });
    const ids = paragraphIds(paragraphs.map((paragraph) => toString(paragraph)));
    paragraphs.forEach((paragraph, index) => {
      const id = ids[index]!;
      paragraph.properties.id = id;
      paragraph.children.unshift(
        h('a', { className: ['paragraph-permalink'], href: `#${id}`, ariaLabel: 'Link to this paragraph' }),
      );
    });
  };
}
