import { foldPunctuation, words } from '../text/fold';

/**
 * A reader's query, reduced to the words search looks for. Whatever is typed or put
 * in a URL ends up as at most a few lower-case words of letters and digits, folded
 * like the indexed text, so that no character can act as a Fuse extended-search
 * operator (`'` `=` `!` `^` `$` `|`), a regular expression or markup, and so that a
 * pasted essay costs no more than a sentence.
 *
 * Words joined by a hyphen ("ISIS-K") or digits joined by a comma or point
 * ("300,000") stay together as one unit, which must be found as typed: the same
 * words, side by side.
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
 * longer was typed. Single characters are never searched for on their own.
 */
const SHORT_TERM_LENGTH = 2;

/** One word, or the words of a hyphenated name or a written number, in order. */
export type QueryUnit = readonly string[];

export interface SearchQuery {
  /** Every word searched for, once each: what Fuse is given. */
  terms: string[];
  /** What a record must hold to match: each unit is counted as found or not. */
  units: QueryUnit[];
  /** Every word as typed, short ones too ("duty to warn"): what a record holding the whole phrase holds, side by side. */
  phrase: string[];
}

// A run of letters, digits and apostrophes, joined by hyphens, or by commas and points between digits.
const UNIT = /[\p{L}\p{M}\p{N}'"]+(?:(?:-|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}'"]+)*/gu;

export function searchQuery(query: string): SearchQuery {
  const folded = foldPunctuation(query.slice(0, MAX_QUERY_CHARACTERS));
  const seen = new Set<string>();
  const candidates: QueryUnit[] = [];
  for (const [run] of folded.matchAll(UNIT)) {
    const unit = words(run).map((word) => word.slice(0, MAX_TERM_LENGTH));
    const key = unit.join(' ');
    if (unit.length === 0 || seen.has(key) || (unit.length === 1 && unit[0]!.length <= 1)) continue;
    seen.add(key);
    candidates.push(unit);
  }
  const isShort = (unit: QueryUnit) => unit.length === 1 && unit[0]!.length <= SHORT_TERM_LENGTH;
  const longer = candidates.filter((unit) => !isShort(unit));
  const units: QueryUnit[] = [];
  const terms = new Set<string>();
  for (const unit of longer.length > 0 ? longer : candidates) {
    if (terms.size + unit.filter((word) => !terms.has(word)).length > MAX_TERMS) break;
    units.push(unit);
    for (const word of unit) terms.add(word);
  }
  return { terms: [...terms], units, phrase: candidates.flat().slice(0, MAX_TERMS * 2) };
}

/** The words searched for: `searchQuery(query).terms`. */
export function searchTerms(query: string): string[] {
  return searchQuery(query).terms;
}
