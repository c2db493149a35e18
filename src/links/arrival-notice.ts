import { ANCHOR_PREFIXES } from './anchor-registry';
import { href, searchPath } from '../routes';

/**
 * What a reader is told when a link's passage is not on the page: which words the
 * link carried, and a search for them, rather than being left at the top of the page.
 */

/** Enough words to find a passage by; a whole paragraph is not a search. */
const SEARCH_WORDS = 10;

export interface ArrivalNotice {
  message: string;
  /** The words to search the site for, and the search page's address. */
  search: { words: string; href: string };
}

export type MissingPassage =
  /** A `#claim-…`, `#p-…`, `#event-…` or `#note-…` id that resolves to nothing. */
  | { kind: 'anchor'; id: string }
  /** A `?quote=` passage whose words are no longer on the page; `fellBackTo` when its paragraph still is. */
  | { kind: 'quote'; quote: string; fellBackTo?: 'paragraph' | undefined };

/**
 * The words an anchor id carries: paragraph ids are made of a paragraph's first
 * words, claim and event ids are readable. `p-few-russian-leaders` → "few russian leaders".
 */
export function wordsOfAnchor(id: string): string {
  const prefix = [...ANCHOR_PREFIXES, 'note-'].find((candidate) => id.startsWith(candidate)) ?? '';
  return id.slice(prefix.length).split('-').filter(Boolean).join(' ');
}

function firstWords(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length > SEARCH_WORDS ? `${words.slice(0, SEARCH_WORDS).join(' ')} …` : words.join(' ');
}

export function searchHref(words: string): string {
  return href(searchPath({ query: words }));
}

export function arrivalNotice(missing: MissingPassage): ArrivalNotice {
  if (missing.kind === 'anchor') {
    const words = wordsOfAnchor(missing.id);
    return {
      message: 'The passage this link points to is not on this page. It may have been edited or removed since the link was shared.',
      search: { words, href: searchHref(words) },
    };
  }
  const words = firstWords(missing.quote).replace(/ …$/, '');
  const where = missing.fellBackTo === 'paragraph' ? ' Below is the paragraph it was in.' : '';
  return {
    message: `The passage this link quotes, “${firstWords(missing.quote)}”, is not on this page word for word. It may have been edited since the link was shared.${where}`,
    search: { words, href: searchHref(words) },
  };
}
