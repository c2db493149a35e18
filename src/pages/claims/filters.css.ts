import type { APIRoute } from 'astro';
import { ASSESSMENTS, CLAIM_TYPES } from '../../content.config';
import { getCatalog } from '../../data/catalog';
import { claimFilterCss, NO_VERDICT } from '../../lib/claim-filters';

/** The claims index's filters, as a stylesheet: one rule per value content uses. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const css = claimFilterCss({
    piece: catalog.articles.map((article) => article.id),
    type: Object.keys(CLAIM_TYPES),
    claimant: [...new Set(catalog.claims.map((claim) => claim.data.claimant))],
    assessment: [...Object.keys(ASSESSMENTS), NO_VERDICT],
  });
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
