import type { APIRoute } from 'astro';
import { getCatalog } from '../content/catalog';
import { buildSearchIndex } from '../search/search-index';
import { buildSearchRecords } from '../search/records';

/** Search's records and prebuilt Fuse index, fetched by the browser only when search is first used. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const articles = catalog.articles.map((article) => ({
    article,
    paragraphs: catalog.annotated(article.id).paragraphs,
    claims: catalog.claimsIn(article.id),
  }));
  const records = buildSearchRecords({ articles, people: catalog.people, events: catalog.events });
  return new Response(JSON.stringify(buildSearchIndex(records)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
