import type { Root } from 'hast';
import { h } from 'hastscript';
import { editAnchor } from '../routes';
import { QuoteLocationError, locateQuotes } from './locate-quotes';
import { insertAfter, paragraphRanges, textOf, wrapTextRange } from './hast-text-ranges';
import type { QuoteSelector } from './quote-search';

export interface EditorialMarkOptions {
  /** Editorial notes whose `at` is a quoted passage; others are shown outside the text. */
  notes: readonly { id: string; change: string; at: 'header' | 'start' | 'end' | QuoteSelector }[];
  /** The article file, named in errors. */
  source: string;
}

/**
 * Shows readers where the copy departs from what was received: each located
 * editorial note wraps its passage (`<ins>` for restored words) and links to the
 * note that explains it.
 */
export default function rehypeEditorialMarks(options: EditorialMarkOptions) {
  return (tree: Root) => {
    const inText = options.notes.flatMap((note) => (typeof note.at === 'string' ? [] : [{ ...note.at, id: note.id, change: note.change }]));
    const { located, problems } = locateQuotes(textOf(tree), paragraphRanges(tree), inText, 'editorial note');
    if (problems.length > 0) throw new QuoteLocationError(problems, options.source);
    for (const found of located) {
      const change = inText.find((note) => note.id === found.id)!.change;
      const segments = wrapTextRange(tree, found.range, () =>
        h(change === 'restored' ? 'ins' : 'span', { className: ['editorial-mark'], dataChange: change, dataEdit: found.id }),
      );
      insertAfter(tree, segments.at(-1)!, h('a', { className: ['editorial-marker'], href: `#${editAnchor(found.id)}`, ariaLabel: 'Editorial note' }));
    }
  };
}
