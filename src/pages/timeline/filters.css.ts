import type { APIRoute } from 'astro';
import { EVENT_CATEGORIES } from '../../content/vocabulary';
import { getCatalog } from '../../content/catalog';
import { timelineFilterCss } from '../../timeline/filter';

/** The timeline's filters, as a stylesheet: rules for every category and article. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const css = timelineFilterCss({ categories: Object.keys(EVENT_CATEGORIES), articles: catalog.articles.map((article) => article.id) });
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
