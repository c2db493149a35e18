import type { RSSFeedItem } from '@astrojs/rss';
import { ARTICLE_KINDS } from '../content/vocabulary';
import type { Article, Correction } from '../content/entries';
import { firstPublished } from '../content/article-dates';
import { articlePath, correctionPath } from '../routes';
import { formatDate } from '../text/dates';

/**
 * The RSS feed's items: each piece, on the date it was first published, and each
 * dated correction, linked to its entry in the list of corrections on /about/.
 * Newest first.
 */
export function feedItems(articles: readonly Article[], corrections: readonly Correction[], absolute: (path: string) => string): RSSFeedItem[] {
  const published = articles.map((article) => ({
    title: `${article.data.outlet}: ${article.data.headline}`,
    link: absolute(articlePath(article.id)),
    pubDate: utcDate(firstPublished(article.data.dates)),
    description: article.data.standfirst ?? article.data.headline,
    categories: [ARTICLE_KINDS[article.data.kind]],
  }));
  const corrected = corrections.map((correction) => ({
    title: `Correction of ${formatDate(correction.data.date)}`,
    link: absolute(correctionPath(correction.id)),
    pubDate: utcDate(correction.data.date),
    description: correction.data.summary,
    categories: ['Correction'],
  }));
  return [...published, ...corrected].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}

function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}
