import type { Entry, RelatedClaim } from './entries';
import type { ClaimData } from './schemas/claim';

/**
 * A relation is declared once, on either claim, and holds both ways: returns, for
 * every claim, the claims related to it from either side.
 */
export function relatedClaims<Claim extends Entry<ClaimData>>(claims: readonly Claim[]): Map<string, RelatedClaim<Claim>[]> {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const related = new Map<string, RelatedClaim<Claim>[]>(claims.map((claim) => [claim.id, []]));
  for (const claim of claims) {
    for (const link of claim.data.related) {
      const other = byId.get(link.claim);
      if (!other) continue;
      related.get(claim.id)!.push({ claim: other, relation: link.relation, note: link.note });
      related.get(other.id)!.push({ claim, relation: link.relation, note: link.note });
    }
  }
  return related;
}
