import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../content/catalog';
import type { Claim } from '../../../content/entries';
import { claimCardFor } from '../../../og/cards';
import { renderCard } from '../../../og/render-card';

export const getStaticPaths = (async () => {
  const { claims } = await getCatalog();
  return claims.map((claim) => ({ params: { id: claim.id }, props: { claim } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ claim: Claim }> = async ({ props: { claim } }) => {
  return new Response(await renderCard(claimCardFor(claim, await getCatalog())), { headers: { 'Content-Type': 'image/png' } });
};
