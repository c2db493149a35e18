import type { Claim } from '../content/entries';
import { VERDICTS, type Verdict } from '../content/vocabulary';

/** How many checks an article's "In short" box leads with. */
export const LEADING_CHECKS = 3;

/** The verdict scale's order, from borne out to unsupported: how far each verdict is from "Accurate". */
const SCALE = Object.keys(VERDICTS) as Verdict[];

export interface InShort {
  /** Claims with a verdict, of all the article's claims. */
  checked: number;
  total: number;
  /** How many claims got each verdict, in the order of the scale; verdicts no claim got are left out. */
  counts: { verdict: Verdict; count: number }[];
  /** The checks to read first (see `leadingChecks`). */
  leading: Claim[];
}

/** What an article's "In short" box says, from its claims in reading order. */
export function inShort(claims: readonly Claim[], leading = LEADING_CHECKS): InShort {
  const assessed = claims.filter((claim) => claim.data.assessment !== undefined);
  const counts = SCALE.map((verdict) => ({ verdict, count: assessed.filter((claim) => claim.data.assessment!.verdict === verdict).length })).filter(
    ({ count }) => count > 0,
  );
  return { checked: assessed.length, total: claims.length, counts, leading: leadingChecks(assessed, leading) };
}

/**
 * The most consequential checks, by a rule that knows nothing of the content: a
 * claim the sources do not bear out in full (any verdict but "Accurate") before one
 * they do, and of those the verdict furthest along the scale first; between equal
 * verdicts, the one the reader meets first. At most `count`, none "Accurate".
 */
export function leadingChecks(claims: readonly Claim[], count = LEADING_CHECKS): Claim[] {
  const distance = (claim: Claim) => SCALE.indexOf(claim.data.assessment!.verdict);
  return claims
    .filter((claim) => claim.data.assessment !== undefined && distance(claim) > 0)
    .sort((a, b) => distance(b) - distance(a) || a.number - b.number)
    .slice(0, count);
}
