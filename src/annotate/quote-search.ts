import { foldPunctuation } from '../text/fold';

/**
 * Finds a quoted passage in a text the way an editor reads it: typographic and
 * straight quotes, dashes, ellipses and runs of white space are the same; letters,
 * words and case are not. Positions are in the original text.
 */

export interface QuoteSelector {
  quote: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

export interface TextRange {
  start: number;
  end: number;
}

export type QuoteSearchResult =
  | { status: 'found'; range: TextRange }
  | { status: 'not-found'; closest: TextRange | undefined }
  | { status: 'ambiguous'; ranges: TextRange[] };

interface FoldedText {
  text: string;
  /** For each folded character, where it starts and ends in the original. */
  starts: number[];
  ends: number[];
}

/** Folds text character by character, remembering where each folded character came from. */
export function foldWithOffsets(original: string): FoldedText {
  const folded: FoldedText = { text: '', starts: [], ends: [] };
  let index = 0;
  for (const char of original) {
    const end = index + char.length;
    const replacement = /\s/.test(char) ? ' ' : foldPunctuation(char);
    const last = folded.text.length - 1;
    if (replacement === ' ' && folded.text[last] === ' ') {
      folded.ends[last] = end;
    } else {
      for (const piece of replacement) {
        folded.text += piece;
        folded.starts.push(index);
        folded.ends.push(end);
      }
    }
    index = end;
  }
  return folded;
}

function foldPlain(text: string): string {
  return foldWithOffsets(text).text.trim();
}

// Callers search one text for many quotes in a row (every claim of an article,
// a passage and its context): fold it once, not once per quote.
let lastFolded: { original: string; folded: FoldedText } | undefined;

function foldedOnce(original: string): FoldedText {
  if (lastFolded?.original !== original) lastFolded = { original, folded: foldWithOffsets(original) };
  return lastFolded.folded;
}

/** Every place the folded quote occurs, narrowed by prefix and suffix when given. */
export function findQuote(original: string, selector: QuoteSelector): QuoteSearchResult {
  const haystack = foldedOnce(original);
  const quote = foldPlain(selector.quote);
  const prefix = selector.prefix === undefined ? undefined : foldPlain(selector.prefix);
  const suffix = selector.suffix === undefined ? undefined : foldPlain(selector.suffix);
  const ranges: TextRange[] = [];
  if (quote !== '') {
    const text = haystack.text;
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      const end = at + quote.length;
      if (joinsWord(text, at) || joinsWord(text, end)) continue;
      // Folded white space is single spaces: at most one stands between the quote and its context.
      if (prefix !== undefined && !text.endsWith(prefix, text[at - 1] === ' ' ? at - 1 : at)) continue;
      if (suffix !== undefined && !text.startsWith(suffix, text[end] === ' ' ? end + 1 : end)) continue;
      ranges.push({ start: haystack.starts[at]!, end: haystack.ends[at + quote.length - 1]! });
    }
  }
  if (ranges.length === 1) return { status: 'found', range: ranges[0]! };
  if (ranges.length > 1) return { status: 'ambiguous', ranges };
  return { status: 'not-found', closest: closestPassage(haystack, quote) };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * True when `index` falls inside a word, between two of its letters or digits: a
 * match must not start or end there ("lease" is not in "unleased").
 */
export function joinsWord(text: string, index: number): boolean {
  return index > 0 && index < text.length && WORD_CHARACTER.test(text[index - 1]!) && WORD_CHARACTER.test(text[index]!);
}

export function containsWord(text: string): boolean {
  return WORD_CHARACTER.test(text);
}

/**
 * The stretch of text nearest to the quote by edit distance (Sellers' approximate
 * substring match), widened to whole words: what the editor most likely meant.
 */
function closestPassage(haystack: FoldedText, quote: string): TextRange | undefined {
  const text = haystack.text;
  if (quote === '' || text === '') return undefined;
  const rows = quote.length;
  // previous[j]/current[j]: edit distance of quote[0..i) against a substring ending at j; from[j]: where it starts.
  let previous = new Array<number>(text.length + 1).fill(0);
  let previousFrom = Array.from({ length: text.length + 1 }, (_, j) => j);
  for (let i = 1; i <= rows; i++) {
    const current = new Array<number>(text.length + 1);
    const currentFrom = new Array<number>(text.length + 1);
    current[0] = i;
    currentFrom[0] = 0;
    for (let j = 1; j <= text.length; j++) {
      const substitute = previous[j - 1]! + (quote[i - 1] === text[j - 1] ? 0 : 1);
      const skipText = current[j - 1]! + 1;
      const skipQuote = previous[j]! + 1;
      if (substitute <= skipText && substitute <= skipQuote) {
        current[j] = substitute;
        currentFrom[j] = previousFrom[j - 1]!;
      } else if (skipQuote <= skipText) {
        current[j] = skipQuote;
        currentFrom[j] = previousFrom[j]!;
      } else {
        current[j] = skipText;
        currentFrom[j] = currentFrom[j - 1]!;
      }
    }
    previous = current;
    previousFrom = currentFrom;
  }
  let bestEnd = 1;
  for (let j = 1; j <= text.length; j++) if (previous[j]! < previous[bestEnd]!) bestEnd = j;
  let start = previousFrom[bestEnd]!;
  let end = bestEnd;
  while (start > 0 && /[^\s]/.test(text[start - 1]!)) start--;
  while (end < text.length && /[^\s]/.test(text[end]!)) end++;
  return { start: haystack.starts[start]!, end: haystack.ends[end - 1]! };
}

/**
 * Says word by word how a quote differs from a passage, e.g.
 * `“blasted” in the quote is “criticised” in the text`.
 */
export function describeDifference(quote: string, passage: string): string[] {
  const a = foldPlain(quote).split(' ');
  const b = foldPlain(passage).split(' ');
  // Longest common subsequence of words, then walk it to list what differs.
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const differences: string[] = [];
  let i = 0;
  let j = 0;
  let onlyQuote: string[] = [];
  let onlyText: string[] = [];
  const flush = () => {
    if (onlyQuote.length && onlyText.length) differences.push(`“${onlyQuote.join(' ')}” in the quote is “${onlyText.join(' ')}” in the text`);
    else if (onlyQuote.length) differences.push(`“${onlyQuote.join(' ')}” is in the quote but not in the text`);
    else if (onlyText.length) differences.push(`“${onlyText.join(' ')}” is in the text but not in the quote`);
    onlyQuote = [];
    onlyText = [];
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && table[i + 1]![j]! >= table[i]![j + 1]!)) {
      onlyQuote.push(a[i++]!);
    } else {
      onlyText.push(b[j++]!);
    }
  }
  flush();
  return differences;
}
