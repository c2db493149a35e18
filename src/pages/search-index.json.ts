import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog';
import { annotateArticle } from '../markdown/annotate-article';
import { buildSearchIndex } from '../lib/search-index';
import { buildSearchRecords } from '../lib/search-records';

/** Search's records and prebuilt Fuse index, fetched by the browser only when search is first used. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const articles = await Promise.all(
    catalog.articles.map(async (article) => {
      const { paragraphs, anchors } = await annotateArticle(article);
      return { article, paragraphs, claims: anchors.map((anchor) => catalog.claim(anchor.id)) };
    }),
  );
  const records = buildSearchRecords({ articles, people: catalog.people, events: catalog.events });
  return new Response(JSON.stringify(buildSearchIndex(records)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
