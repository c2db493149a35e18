import type { APIRoute } from 'astro';
import { claimFilterCss, facetValuesIn } from '../../claims/filters';
import { getCatalog } from '../../content/catalog';

/** The claims index's filters, as a stylesheet: one rule per value content uses. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const css = claimFilterCss({
    article: catalog.articles.map((article) => article.id),
    claimant: [...new Set(catalog.claims.map((claim) => claim.data.claimant))],
    ...facetValuesIn(catalog.claims),
  });
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
