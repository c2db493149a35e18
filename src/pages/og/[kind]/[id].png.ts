import type { APIRoute, GetStaticPaths } from 'astro';
import settings from 'virtual:crocus-reader/share-card-settings';
import { getCatalog } from '../../../content/catalog';
import { allShareCards, type CardToDraw } from '../../../og/cards';
import { createCardStore } from '../../../og/card-store';

/** Every share card (/og/articles/…, /og/claims/…, /og/pages/…), cached between builds and drawn in parallel. */
const store = createCardStore(settings);

export const getStaticPaths = (async () => {
  const cards = allShareCards(await getCatalog());
  // In a build every card is wanted: start them all now. `astro dev` draws only the cards asked for.
  if (import.meta.env.PROD) store.prepare(cards);
  return cards.map((entry) => ({ params: { kind: entry.kind, id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CardToDraw }> = async ({ props: { entry } }) => {
  return new Response(await store.png(entry), { headers: { 'Content-Type': 'image/png' } });
};
