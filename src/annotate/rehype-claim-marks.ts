import type { Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { claimAnchor, noteAnchor } from '../routes';
import { QuoteLocationError, locateQuotes, inDocumentOrder, partialOverlaps, type LocatedQuote, type QuoteProblem } from './locate-quotes';
import { insertAfter, paragraphRanges, textOf, wrapTextRange } from './hast-text-ranges';
import type { QuoteSelector } from './quote-search';
import type { ClaimPlace } from '../content/vocabulary';

export interface ClaimToMark extends QuoteSelector {
  id: string;
  /** Where in the article its words are: a header line, or the body (the default). */
  in?: ClaimPlace | undefined;
  type: string;
  /** With the summary, the marker's accessible name when the claim has no verdict: "Opinion or analysis: …". */
  typeLabel: string;
  summary: string;
  /** The claim's verdict, when it has one: its marks are highlighted by default and its marker shows the symbol. */
  verdict?: { key: string; label: string; symbol: string } | undefined;
}

export interface ClaimMarkOptions {
  claims: readonly ClaimToMark[];
  /** The claims file, named in errors. */
  source: string;
  /**
   * What a claim whose quote cannot be located does: fail (a build), or stay
   * unmarked and be reported in `file.data.claimProblems` (the dev server, so that
   * an editor sees the page and what to fix).
   */
  unlocated?: UnlocatedClaims | undefined;
  /** Which part of the article the tree is: its claims' positions count in its text alone. */
  place?: ClaimPlace;
  /** The number of the first claim found: the claims of the lines above come first. */
  firstNumber?: number;
}

export type UnlocatedClaims = 'fail' | 'leave-unmarked';

/** Where a claim was found, and its number: its place in document order, which markers, notes and print share. */
export interface ClaimLocation extends LocatedQuote {
  /** The part of the article whose text `range` counts in: a header line, or the body. */
  in: ClaimPlace;
  number: number;
}

/** "the article" for the body, "the headline" for a header line: where a quote was looked for, in messages. */
export const placeName = (place: ClaimPlace) => (place === 'body' ? 'the article' : `the ${place}`);

declare module 'vfile' {
  interface DataMap {
    /** Where each claim was found, in document order; set by rehype-claim-marks. */
    claimLocations: ClaimLocation[];
    /** Claims left unmarked because their quotes could not be located (only when asked to leave them). */
    claimProblems: QuoteProblem[];
  }
}

/**
 * Wraps each claim's quote in the article in `<mark id="claim-…">` (in segments
 * where it crosses markup; nested when one claim lies inside another), followed
 * by a marker that links to the claim's note (a claim with a verdict carries it on
 * both, which is what the page highlights by default). Fails, naming the claims file and
 * every claim at fault, when a quote is missing, ambiguous, crosses paragraphs or
 * partly overlaps another. Records W3C selector data in `file.data.claimLocations`.
 */
export default function rehypeClaimMarks(options: ClaimMarkOptions) {
  const { place = 'body', firstNumber = 1 } = options;
  return (tree: Root, file: VFile) => {
    const { located, problems } = locateQuotes(textOf(tree), paragraphRanges(tree), options.claims, 'claim', placeName(place));
    problems.push(...partialOverlaps(located, 'claim'));
    if (problems.length > 0 && (options.unlocated ?? 'fail') === 'fail') throw new QuoteLocationError(problems, options.source);
    file.data.claimProblems = problems;

    const claims = new Map(options.claims.map((claim) => [claim.id, claim]));
    const unmarked = new Set(problems.map((problem) => problem.id));
    const marked = located.filter((found) => !unmarked.has(found.id));
    const ordered = inDocumentOrder(marked).map((found, index): ClaimLocation => ({ ...found, in: place, number: firstNumber + index }));
    for (const found of ordered) {
      const claim = claims.get(found.id)!;
      const segments = wrapTextRange(tree, found.range, (segment) =>
        h('mark', {
          className: ['claim'],
          id: segment === 0 ? claimAnchor(claim.id) : undefined,
          dataClaim: claim.id,
          dataType: claim.type,
          dataVerdict: claim.verdict?.key,
          ariaDetails: segment === 0 ? noteAnchor(claim.id) : undefined,
        }),
      );
      insertAfter(
        tree,
        segments.at(-1)!,
        h('a', {
          className: ['claim-marker'],
          href: `#${noteAnchor(claim.id)}`,
          dataClaim: claim.id,
          dataType: claim.type,
          dataVerdict: claim.verdict?.key,
          // Drawn by CSS, so the body's text stays the author's: the verdict's symbol, or the type's letter.
          dataSymbol: claim.verdict?.symbol,
          // Print shows the numbers instead; the notes carry the same ones.
          dataNumber: found.number,
          ariaLabel: `${claim.verdict?.label ?? claim.typeLabel}: ${claim.summary}`,
        }),
        { afterPunctuation: true },
      );
    }
    file.data.claimLocations = ordered;
  };
}
