import type { Assessment } from '../content/schemas/claim';
import { CLAIM_TYPES, VERDICTS, type ClaimType, type Verdict } from '../content/vocabulary';

/**
 * The facets the claims index filters by. Filtering is done by CSS (`:has()` on the
 * chosen <option>), so it works without JavaScript; the script only mirrors the
 * choices in the URL and counts what is shown.
 */
export const CLAIM_FACETS = ['article', 'type', 'claimant', 'verdict'] as const;

export type ClaimFacet = (typeof CLAIM_FACETS)[number];

/** The verdict facet's value for claims that get context, not a verdict. */
export const NO_VERDICT = 'none' as const;

/**
 * The types and verdicts some claim has, in the vocabulary's order (claims without
 * a verdict last): the filters offer no choice that would show nothing.
 */
export function facetValuesIn(claims: readonly { data: { type: ClaimType; assessment?: Pick<Assessment, 'verdict'> | undefined } }[]): { type: ClaimType[]; verdict: (Verdict | typeof NO_VERDICT)[] } {
  const types = new Set(claims.map((claim) => claim.data.type));
  const verdicts = new Set<Verdict | typeof NO_VERDICT>(claims.map((claim) => claim.data.assessment?.verdict ?? NO_VERDICT));
  return {
    type: (Object.keys(CLAIM_TYPES) as ClaimType[]).filter((type) => types.has(type)),
    verdict: [...(Object.keys(VERDICTS) as Verdict[]), NO_VERDICT].filter((verdict) => verdicts.has(verdict)),
  };
}

const SAFE_VALUE = /^[a-z0-9-]+$/;

/**
 * One rule per facet value: when that value is chosen, rows without it are hidden,
 * and for an article, the other articles' groups with their headings.
 */
export function claimFilterCss(values: Record<ClaimFacet, readonly string[]>): string {
  return CLAIM_FACETS.flatMap((facet) =>
    values[facet].map((value) => {
      if (!SAFE_VALUE.test(value)) throw new Error(`Filter value "${value}" for ${facet} is not a plain id.`);
      const hidden = facet === 'article' ? `.claim-group:not([data-article="${value}"])` : `.claim-row:not([data-${facet}="${value}"])`;
      return `.claims-index:has(select[name="${facet}"] option[value="${value}"]:checked) ${hidden}{display:none}`;
    }),
  ).join('\n');
}
