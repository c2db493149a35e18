import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../content/catalog';
import type { Article } from '../../../content/entries';
import { articleCard } from '../../../og/cards';
import { renderCard } from '../../../og/render-card';

export const getStaticPaths = (async () => {
  const { articles } = await getCatalog();
  return articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props: { article } }) => {
  return new Response(await renderCard(articleCard(article)), { headers: { 'Content-Type': 'image/png' } });
};
