import type { APIRoute } from 'astro';
import { claimFilterCss, NO_VERDICT } from '../../claims/filters';
import { getCatalog } from '../../content/catalog';
import { CLAIM_TYPES, VERDICTS } from '../../content/vocabulary';

/** The claims index's filters, as a stylesheet: one rule per value content uses. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const css = claimFilterCss({
    article: catalog.articles.map((article) => article.id),
    type: Object.keys(CLAIM_TYPES),
    claimant: [...new Set(catalog.claims.map((claim) => claim.data.claimant))],
    verdict: [...Object.keys(VERDICTS), NO_VERDICT],
  });
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
