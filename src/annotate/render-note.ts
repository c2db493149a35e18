import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { keepHyphenatedTogether } from '../text/hyphens';

/** Display typography for the note's text (not its links): see text/hyphens.ts. */
const rehypeHyphens = () => (tree: Root) => {
  visit(tree, 'text', (node) => {
    node.value = keepHyphenatedTogether(node.value);
  });
};

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeHyphens).use(rehypeStringify);

/**
 * Renders an editor's note (Markdown) to HTML. Raw HTML in the note is dropped,
 * not passed through: notes are prose, and nothing in content runs as markup.
 */
export function renderNote(markdown: string): string {
  return String(processor.processSync(markdown));
}

/** A note's words without its Markdown, for search. */
export function noteText(markdown: string): string {
  return toString(processor.parse(markdown)).replace(/\s+/g, ' ').trim();
}
