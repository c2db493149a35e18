import type { CollectionEntry } from 'astro:content';

type ArticleDate = CollectionEntry<'articles'>['data']['dates'][number];

const PUBLICATION_MEANINGS = new Set<ArticleDate['meaning']>(['published-online', 'print-edition', 'reprinted']);

/**
 * The first date the piece is known to have been in print or online: the line
 * after which events are news the authors could not have known.
 */
export function firstPublished(dates: readonly ArticleDate[]): string {
  const published = dates.filter((entry) => PUBLICATION_MEANINGS.has(entry.meaning)).map((entry) => entry.date);
  const candidates = published.length > 0 ? published : dates.map((entry) => entry.date);
  return [...candidates].sort()[0]!;
}

/** Articles in the order they were first published, the earliest first. */
export function inPublicationOrder<Article extends { data: { dates: readonly ArticleDate[] } }>(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => firstPublished(a.data.dates).localeCompare(firstPublished(b.data.dates)));
}
