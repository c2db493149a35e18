import { getCatalog } from '../content/catalog';
import { buildSearchRecords, type SearchRecord } from './records';
import { buildShardedIndex, type ShardedIndex } from './shards';

/** The site's search records, built once per build for the whole index and its shards. */
let records: Promise<SearchRecord[]> | undefined;
let sharded: Promise<ShardedIndex> | undefined;

export function siteSearchRecords(): Promise<SearchRecord[]> {
  records ??= getCatalog().then((catalog) =>
    buildSearchRecords({
      articles: catalog.articles.map((article) => ({ article, paragraphs: catalog.annotated(article.id).paragraphs, claims: catalog.claimsIn(article.id) })),
      people: catalog.people,
      events: catalog.events,
    }),
  );
  return records;
}

export function siteShardedIndex(): Promise<ShardedIndex> {
  sharded ??= siteSearchRecords().then(buildShardedIndex);
  return sharded;
}
