import type { IFuseOptions } from 'fuse.js';
import type { SearchRecord } from './records';
import type { SearchDocument } from './search-index';

/**
 * How Fuse searches this corpus. The index is built with these keys when the site is
 * built and searched with these options in the browser and by the benchmark: one
 * definition for all three.
 */

/**
 * The share of a word's letters that may be wrong: words of up to four letters must
 * be exact, from five letters one typo is forgiven ("Medvedv", "Sergeeva"), from ten
 * two. Fuse counts a match's errors against the word's length the same way.
 */
const TYPO_THRESHOLD = 0.2;

/** How many typos a search word may contain and still match. */
export function typoAllowance(term: string): number {
  return Math.floor(term.length * TYPO_THRESHOLD + 1e-9);
}

/**
 * Every indexed record, whatever its kind, fills some of these fields (see
 * `searchDocument`). A claim's summary and quote outweigh a plain paragraph, which
 * repeats the quote in a longer text; names come next, because readers look for who
 * said what.
 */
export const SEARCH_KEYS = [
  { name: 'heading', weight: 3 },
  { name: 'quote', weight: 3 },
  { name: 'names', weight: 2 },
  { name: 'detail', weight: 1.5 },
  { name: 'text', weight: 1 },
  { name: 'labels', weight: 1 },
];

/** Long fields count a little less than short ones (see below); also given to `Fuse.createIndex`, which does not read the options. */
export const FIELD_NORM_WEIGHT = 0.5;

const OPTIONS = {
  keys: SEARCH_KEYS,
  // Each query word is matched on its own (fuzzily) and weighted by how rare it is,
  // so a passage holding all the words scores better than one holding some.
  useTokenSearch: true,
  useExtendedSearch: false,
  // Paragraphs are long: where in the text a word falls says nothing about relevance.
  ignoreLocation: true,
  threshold: TYPO_THRESHOLD,
  // Long fields count a little less than short ones, but a paragraph that holds the
  // words must still be found and ranked by how well it holds them.
  fieldNormWeight: FIELD_NORM_WEIGHT,
  // Indexed text and queries are folded to lower-case, accent-free words beforehand
  // (`searchDocument`, `searchTerms`), so Fuse need not fold them again on every search.
  isCaseSensitive: true,
  ignoreDiacritics: false,
  includeScore: true,
} as const;

/** For Fuse over the records (the whole index) and over their folded documents (the sharded engine's candidates). */
export const FUSE_OPTIONS: IFuseOptions<SearchRecord> = OPTIONS;
export const DOCUMENT_FUSE_OPTIONS: IFuseOptions<SearchDocument> = OPTIONS;
