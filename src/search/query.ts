import { words } from '../text/fold';

/**
 * A reader's query, reduced to the words search looks for. Whatever is typed or put
 * in a URL ends up as at most a few lower-case words of letters and digits, folded
 * like the indexed text, so that no character can act as a Fuse extended-search
 * operator (`'` `=` `!` `^` `$` `|`), a regular expression or markup, and so that a
 * pasted essay costs no more than a sentence.
 */

/** Only the start of a longer query is read: a search is a few words, not a page. */
const MAX_QUERY_CHARACTERS = 200;

/** More words than this narrow nothing further and only cost time. */
export const MAX_TERMS = 8;

/**
 * Fuse scans a text once more for every typo it forgives, and forgives more in
 * longer words; a word's first 16 letters find it as surely as all of them
 * ("counterterrorism" has 16), at a bounded cost.
 */
export const MAX_TERM_LENGTH = 16;

/**
 * Words of one or two characters ("to", "of", "us") say little beside longer ones
 * and occur in nearly every passage, so they are searched for only when nothing
 * longer was typed. Single characters are never searched for.
 */
const SHORT_TERM_LENGTH = 2;

export function searchTerms(query: string): string[] {
  const unique = [...new Set(words(query.slice(0, MAX_QUERY_CHARACTERS)).map((word) => word.slice(0, MAX_TERM_LENGTH)))];
  const candidates = unique.filter((word) => word.length > 1);
  const longer = candidates.filter((word) => word.length > SHORT_TERM_LENGTH);
  return (longer.length > 0 ? longer : candidates).slice(0, MAX_TERMS);
}
