import { words } from '../text/fold';
import { typoAllowance } from './options';
import type { QueryUnit } from './query';

/**
 * Which words of a text a search matched, decided word by word: a search word
 * matches a text word that begins with it, give or take the typos `typoAllowance`
 * forgives ("medvedv" matches "medvedev", "toll" matches "tolls"). Words of up to
 * three letters and words with digits ("390km", "133") must begin the word exactly,
 * so that "war" marks "wars" but not "toward". The words of a hyphenated name or a
 * written number ("isis k", "300 000") must all be there, side by side, exactly.
 * Fuse is looser: it also finds a word inside another ("isis" in "crisis"). Its
 * results are kept only when this rule finds a word in them, and are ranked by
 * whether they hold the whole phrase and how many search words this rule finds.
 */

export type Range = [start: number, end: number];

export interface WordSpan {
  start: number;
  end: number;
  /** Folded as `words` folds: "Putin’s" → "putins". */
  folded: string;
}

// Letters and digits, joined by apostrophes, as `words` reads them once quotes are dropped.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’‘ʼ][\p{L}\p{M}\p{N}]+)*/gu;

export function wordSpans(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length, folded: words(match[0]).join('') }));
}

const PREFIX_ONLY_LENGTH = 3;
const DIGIT = /\p{N}/u;

export function matchesTerm(word: string, term: string): boolean {
  if (term.length <= PREFIX_ONLY_LENGTH || DIGIT.test(term)) return word.startsWith(term);
  const allowance = typoAllowance(term);
  return word.startsWith(term) || (allowance > 0 && prefixDistance(term, word, allowance) <= allowance);
}

/** `matchesTerm`, or a faster equivalent that knows the answers for the words of an index (sharded-engine.ts). */
export type TermMatcher = (word: string, term: string) => boolean;

/** Whether `unit` matches the words of a text starting at word `at`. */
function unitMatchesAt(textWords: readonly string[], at: number, unit: QueryUnit, matches: TermMatcher = matchesTerm): boolean {
  if (unit.length === 1) return matches(textWords[at]!, unit[0]!);
  return unit.every((word, offset) => textWords[at + offset] === word);
}

/** Whether the text holds every word of the query, in order, side by side (each as `matchesTerm` has it). */
export function holdsPhrase(textWords: readonly string[], terms: readonly string[], matches: TermMatcher = matchesTerm): boolean {
  if (terms.length < 2) return false;
  for (let at = 0; at + terms.length <= textWords.length; at++) {
    if (terms.every((term, offset) => matches(textWords[at + offset]!, term))) return true;
  }
  return false;
}

/** The units found in a text's words, by their index in `units`. */
export function unitsFound(textWords: readonly string[], units: readonly QueryUnit[], found = new Set<number>(), matches: TermMatcher = matchesTerm): Set<number> {
  units.forEach((unit, index) => {
    if (found.has(index)) return;
    for (let at = 0; at < textWords.length; at++) {
      if (unitMatchesAt(textWords, at, unit, matches)) {
        found.add(index);
        return;
      }
    }
  });
  return found;
}

/**
 * The fewest edits that turn `pattern` into the beginning of `text` (edit distance
 * to the nearest prefix), or `limit + 1` once it is clear there are more than `limit`.
 */
export function prefixDistance(pattern: string, text: string, limit = pattern.length): number {
  let previous = Array.from({ length: text.length + 1 }, (_, j) => j);
  for (let i = 1; i <= pattern.length; i++) {
    const current = new Array<number>(text.length + 1);
    current[0] = i;
    let best = i;
    for (let j = 1; j <= text.length; j++) {
      const substitute = previous[j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      current[j] = Math.min(substitute, previous[j]! + 1, current[j - 1]! + 1);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return Math.min(...previous);
}

/** A highlight, with the unit (its index in the query's units) it marks. */
export interface Hit {
  range: Range;
  unit: number;
}

/** Where in `text` the words that match the query's units lie, in order. */
export function hitsIn(text: string, units: readonly QueryUnit[]): Hit[] {
  if (units.length === 0) return [];
  const spans = wordSpans(text);
  const folded = spans.map((span) => span.folded);
  const hits: Hit[] = [];
  for (let at = 0; at < spans.length; at++) {
    const unit = units.findIndex((candidate) => unitMatchesAt(folded, at, candidate));
    if (unit === -1) continue;
    const last = spans[at + units[unit]!.length - 1]!;
    hits.push({ range: [spans[at]!.start, last.end], unit });
    at += units[unit]!.length - 1;
  }
  return hits;
}

export function highlightRanges(text: string, units: readonly QueryUnit[]): Range[] {
  return hitsIn(text, units).map((hit) => hit.range);
}

export interface Excerpt {
  text: string;
  /** Highlights within `text`. */
  ranges: Range[];
  /** Whether text was left out before or after. */
  before: boolean;
  after: boolean;
}

/**
 * At most `length` characters of `text`, cut at spaces, placed so that the `anchor`
 * highlight (the first unless told) shows with some of what leads up to it.
 */
export function excerpt(text: string, ranges: readonly Range[], length: number, anchor: Range | undefined = ranges[0]): Excerpt {
  if (text.length <= length) return { text, ranges: [...ranges], before: false, after: false };
  const first = anchor?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(length / 3), text.length - length));
  let end = Math.min(text.length, start + length);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && space > (anchor?.[1] ?? 0)) end = space;
  }
  return {
    text: text.slice(start, end),
    ranges: ranges.filter(([from, to]) => from >= start && to <= end).map(([from, to]): Range => [from - start, to - start]),
    before: start > 0,
    after: end < text.length,
  };
}
