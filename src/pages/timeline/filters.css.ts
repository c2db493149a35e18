import type { APIRoute } from 'astro';
import { EVENT_CATEGORIES } from '../../content.config';
import { getCatalog } from '../../data/catalog';
import { timelineFilterCss } from '../../lib/timeline-filter';

/** The timeline's filters, as a stylesheet: rules for every category and piece. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const css = timelineFilterCss({ categories: Object.keys(EVENT_CATEGORIES), pieces: catalog.articles.map((article) => article.id) });
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
