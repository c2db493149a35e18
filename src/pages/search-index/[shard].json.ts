import type { APIRoute, GetStaticPaths } from 'astro';
import { searchShardName } from '../../routes';
import type { SearchShard } from '../../search/shard-files';
import { siteShardedIndex } from '../../search/site-index';

/** One shard of the search index's records, fetched by the search worker when a query needs it. */
export const getStaticPaths = (async () => {
  const { dictionary, shards } = await siteShardedIndex();
  return shards.map((shard, number) => ({ params: { shard: searchShardName(dictionary.version, number) }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: SearchShard }> = ({ props }) =>
  new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
