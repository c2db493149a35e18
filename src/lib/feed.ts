import type { RSSFeedItem } from '@astrojs/rss';
import { ARTICLE_KIND_LABELS } from '../content.config';
import type { Article, Correction } from '../data/catalog';
import { firstPublished } from './article-dates';
import { formatDate } from './dates';

/**
 * The RSS feed's items: each piece, on the date it was first published, and each
 * dated correction, linked to its entry in the list of corrections on /about/.
 * Newest first.
 */
export function feedItems(articles: readonly Article[], corrections: readonly Correction[], absolute: (path: string) => string): RSSFeedItem[] {
  const pieces = articles.map((article) => ({
    title: `${article.data.outlet}: ${article.data.headline}`,
    link: absolute(`/articles/${article.id}/`),
    pubDate: utcDate(firstPublished(article.data.dates)),
    description: article.data.standfirst ?? article.data.headline,
    categories: [ARTICLE_KIND_LABELS[article.data.kind]],
  }));
  const corrected = corrections.map((correction) => ({
    title: `Correction of ${formatDate(correction.data.date)}`,
    link: absolute(`/about/#correction-${correction.id}`),
    pubDate: utcDate(correction.data.date),
    description: correction.data.summary,
    categories: ['Correction'],
  }));
  return [...pieces, ...corrected].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}

function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}
