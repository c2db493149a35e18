import { words } from '../text/fold';
import { typoAllowance } from './options';

/**
 * Which words of a text a search matched, decided word by word: a search word
 * matches a text word that contains it exactly, or that begins with it give or
 * take the typos `typoAllowance` forgives ("medvedv" matches "medvedev"). Short
 * search words (up to three letters) must begin the word, so that "war" marks
 * "wars" but not "toward". Fuse is looser: it also finds a word with a typo inside
 * another ("kerman" in "spokesman"). Its results are kept only when this rule
 * finds a word in them, and are ranked by how many search words it finds.
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

export function matchesTerm(word: string, term: string): boolean {
  if (term.length <= PREFIX_ONLY_LENGTH) return word.startsWith(term);
  if (word.includes(term)) return true;
  const allowance = typoAllowance(term);
  return allowance > 0 && prefixDistance(term, word, allowance) <= allowance;
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

/** Where in `text` the words that match any of `terms` lie, in order. */
export function highlightRanges(text: string, terms: readonly string[]): Range[] {
  if (terms.length === 0) return [];
  return wordSpans(text)
    .filter((span) => terms.some((term) => matchesTerm(span.folded, term)))
    .map((span): Range => [span.start, span.end]);
}

/** How many of `terms` match some word of a record (its folded words). */
export function coveredTermCount(recordWords: ReadonlySet<string>, terms: readonly string[]): number {
  let covered = 0;
  for (const term of terms) {
    for (const word of recordWords) {
      if (matchesTerm(word, term)) {
        covered++;
        break;
      }
    }
  }
  return covered;
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
 * At most `length` characters of `text`, cut at spaces, placed so that the first
 * highlight shows with some of what leads up to it.
 */
export function excerpt(text: string, ranges: readonly Range[], length: number): Excerpt {
  if (text.length <= length) return { text, ranges: [...ranges], before: false, after: false };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(length / 3), text.length - length));
  let end = Math.min(text.length, start + length);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && space > (ranges[0]?.[1] ?? 0)) end = space;
  }
  return {
    text: text.slice(start, end),
    ranges: ranges.filter(([from, to]) => from >= start && to <= end).map(([from, to]): Range => [from - start, to - start]),
    before: start > 0,
    after: end < text.length,
  };
}
