import { containsWord, type TextRange } from '../annotate/quote-search';
import { snapToWords } from '../links/passage-links';

/**
 * What a selection in an article's text can become: a new claim, the claim that
 * already quotes those words, or nothing, with the reason and what to select
 * instead. The dev toolbar judges the selection as it is made; the endpoint judges
 * it again, against the text it holds, before it writes anything.
 */

/** A stretch of the text with an id: a paragraph, or a claim's passage. */
export interface Passage extends TextRange {
  id: string;
}

export type SelectionVerdict =
  | { kind: 'new'; range: TextRange; paragraph: Passage; within: string[] }
  | { kind: 'existing'; claim: string }
  | { kind: 'refused'; reason: string };

export function judgeSelection(text: string, paragraphs: readonly Passage[], claims: readonly Passage[], selected: TextRange): SelectionVerdict {
  const range = snapToWords(text, selected);
  if (!range) return refused('The selection holds no words. Select the words the claim quotes.');
  const first = paragraphs.find((paragraph) => paragraph.start <= range.start && range.start < paragraph.end);
  const last = paragraphs.find((paragraph) => paragraph.start < range.end && range.end <= paragraph.end);
  if (!first || !last) return refused('The selection is not within a paragraph of the text. Select words of the article itself.');
  if (first !== last) {
    const count = paragraphs.filter((paragraph) => paragraph.start < range.end && paragraph.end > range.start).length;
    return refused(
      `The selection runs across ${count} paragraphs, from “${opening(text, first, range.start)}” to “${closing(text, last, range.end)}”. ` +
        'A claim quotes words within one paragraph: select only the part in one of them.',
    );
  }
  const same = claims.filter((claim) => sameWords(text, claim, range));
  // Of nested claims with the same words, the innermost: the one listed last starts no earlier.
  if (same.length > 0) return { kind: 'existing', claim: innermost(same).id };
  const crossed = claims.find((claim) => claim.start < range.end && range.start < claim.end && !contains(claim, range) && !contains(range, claim));
  if (crossed) {
    return refused(
      `The selection crosses the edge of the claim “${crossed.id}” (“${text.slice(crossed.start, crossed.end)}”). ` +
        'Claims may lie one inside another, but not overlap partly: select words wholly inside that passage, or a passage that holds all of it.',
    );
  }
  return { kind: 'new', range, paragraph: first, within: claims.filter((claim) => contains(claim, range)).map((claim) => claim.id) };
}

function refused(reason: string): SelectionVerdict {
  return { kind: 'refused', reason };
}

function contains(outer: TextRange, inner: TextRange): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** The same passage, give or take punctuation and spaces at its edges (“online.” is “online”). */
function sameWords(text: string, a: TextRange, b: TextRange): boolean {
  const coreA = core(text, a);
  const coreB = core(text, b);
  return coreA.start === coreB.start && coreA.end === coreB.end;
}

function core(text: string, { start, end }: TextRange): TextRange {
  while (start < end && !containsWord(text[start]!)) start++;
  while (end > start && !containsWord(text[end - 1]!)) end--;
  return { start, end };
}

function innermost(claims: readonly Passage[]): Passage {
  return claims.reduce((inner, claim) => (claim.end - claim.start < inner.end - inner.start ? claim : inner));
}

const EXCERPT_WORDS = 4;

/** The first words of the selection within its first paragraph. */
function opening(text: string, paragraph: Passage, start: number): string {
  return text.slice(start, paragraph.end).trim().split(/\s+/).slice(0, EXCERPT_WORDS).join(' ');
}

/** The last words of the selection within its last paragraph. */
function closing(text: string, paragraph: Passage, end: number): string {
  return text.slice(paragraph.start, end).trim().split(/\s+/).slice(-EXCERPT_WORDS).join(' ');
}
