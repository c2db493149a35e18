import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);

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
