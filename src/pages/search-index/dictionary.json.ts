import type { APIRoute } from 'astro';
import { siteShardedIndex } from '../../search/site-index';

/** The sharded search index's dictionary: every word, the shards holding it. Fetched by the search worker on first use. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await siteShardedIndex()).dictionary), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
