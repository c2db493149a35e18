import type { Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { claimAnchor, noteAnchor } from '../routes';
import { QuoteLocationError, locateQuotes, inDocumentOrder, partialOverlaps, type LocatedQuote } from './locate-quotes';
import { insertAfter, paragraphRanges, textOf, wrapTextRange } from './hast-text-ranges';
import type { QuoteSelector } from './quote-search';


export interface ClaimToMark extends QuoteSelector {
  id: string;
  type: string;
  /** With the summary, the marker's accessible name: "Figure: The death toll had reached 139." */
  typeLabel: string;
  summary: string;
}

export interface ClaimMarkOptions {
  claims: readonly ClaimToMark[];
  /** The claims file, named in errors. */
  source: string;
}

/** Where a claim was found, and its number: its place in document order, which markers, notes and print share. */
export interface ClaimLocation extends LocatedQuote {
  number: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Where each claim was found, in document order; set by rehype-claim-marks. */
    claimLocations: ClaimLocation[];
  }
}

/**
 * Wraps each claim's quote in the article in `<mark id="claim-…">` (in segments
 * where it crosses markup; nested when one claim lies inside another), followed
 * by a marker that links to the claim's note. Fails, naming the claims file and
 * every claim at fault, when a quote is missing, ambiguous, crosses paragraphs or
 * partly overlaps another. Records W3C selector data in `file.data.claimLocations`.
 */
export default function rehypeClaimMarks(options: ClaimMarkOptions) {
  return (tree: Root, file: VFile) => {
    const { located, problems } = locateQuotes(textOf(tree), paragraphRanges(tree), options.claims, 'claim');
    problems.push(...partialOverlaps(located, 'claim'));
    if (problems.length > 0) throw new QuoteLocationError(problems, options.source);

    const claims = new Map(options.claims.map((claim) => [claim.id, claim]));
    const ordered = inDocumentOrder(located).map((found, index) => ({ ...found, number: index + 1 }));
    for (const found of ordered) {
      const claim = claims.get(found.id)!;
      const segments = wrapTextRange(tree, found.range, (segment) =>
        h('mark', {
          className: ['claim'],
          id: segment === 0 ? claimAnchor(claim.id) : undefined,
          dataClaim: claim.id,
          dataType: claim.type,
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
          // Print shows the numbers, not the type letters; the notes carry the same ones.
          dataNumber: found.number,
          ariaLabel: `${claim.typeLabel}: ${claim.summary}`,
        }),
        { afterPunctuation: true },
      );
    }
    file.data.claimLocations = ordered;
  };
}
