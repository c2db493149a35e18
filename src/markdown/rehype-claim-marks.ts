import type { Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { AnchoringError, anchorQuotes, inDocumentOrder, partialOverlaps, type AnchoredQuote } from '../lib/anchor-quotes';
import { insertAfter, paragraphRanges, textOf, wrapTextRange } from '../lib/hast-text-ranges';
import type { QuoteSelector } from '../lib/quote-search';

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

declare module 'vfile' {
  interface DataMap {
    /** Where each claim was found, in document order; set by rehype-claim-marks. */
    claimAnchors: AnchoredQuote[];
  }
}

/**
 * Wraps each claim's quote in the article in `<mark id="claim-…">` (in segments
 * where it crosses markup; nested when one claim lies inside another), followed
 * by a marker that links to the claim's note. Fails, naming the claims file and
 * every claim at fault, when a quote is missing, ambiguous, crosses paragraphs or
 * partly overlaps another. Records W3C selector data in `file.data.claimAnchors`.
 */
export default function rehypeClaimMarks(options: ClaimMarkOptions) {
  return (tree: Root, file: VFile) => {
    const { anchored, problems } = anchorQuotes(textOf(tree), paragraphRanges(tree), options.claims, 'claim');
    problems.push(...partialOverlaps(anchored, 'claim'));
    if (problems.length > 0) throw new AnchoringError(problems, options.source);

    const claims = new Map(options.claims.map((claim) => [claim.id, claim]));
    const ordered = inDocumentOrder(anchored);
    for (const [index, found] of ordered.entries()) {
      const claim = claims.get(found.id)!;
      const segments = wrapTextRange(tree, found.range, (segment) =>
        h('mark', {
          className: ['claim'],
          id: segment === 0 ? `claim-${claim.id}` : undefined,
          dataClaim: claim.id,
          dataType: claim.type,
          ariaDetails: segment === 0 ? `note-${claim.id}` : undefined,
        }),
      );
      insertAfter(
        tree,
        segments.at(-1)!,
        h('a', {
          className: ['claim-marker'],
          href: `#note-${claim.id}`,
          dataClaim: claim.id,
          dataType: claim.type,
          // Notes are numbered in this order too: print shows the numbers, not the type letters.
          dataNumber: index + 1,
          ariaLabel: `${claim.typeLabel}: ${claim.summary}`,
        }),
        { afterPunctuation: true },
      );
    }
    file.data.claimAnchors = ordered;
  };
}
