import type { CollectionEntry } from 'astro:content';
import { ARTICLE_KINDS } from './vocabulary';

type ArticleDate = CollectionEntry<'articles'>['data']['dates'][number];

const PUBLICATION_MEANINGS = new Set<ArticleDate['meaning']>(['published-online', 'print-edition', 'reprinted']);

const earliest = (dates: readonly ArticleDate[]) => [...dates].map((entry) => entry.date).sort()[0];

/** The first date the piece is known to have been out, online, in print or as a reprint: for ordering and feeds. */
export function firstPublished(dates: readonly ArticleDate[]): string {
  return earliest(dates.filter((entry) => PUBLICATION_MEANINGS.has(entry.meaning))) ?? earliest(dates)!;
}

/** Articles in the order they were first published, the earliest first. */
export function inPublicationOrder<Article extends { data: { dates: readonly ArticleDate[] } }>(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => firstPublished(a.data.dates).localeCompare(firstPublished(b.data.dates)));
}

/**
 * The day after which events are news a piece's authors could not have known:
 * the day its own text shows it was written, when there is one (its last
 * figures are that day's); else the day it was first published online or in
 * print (its text was fixed before); else the day it was reprinted, the latest
 * it can have been written.
 */
export interface KnowledgeLine {
  date: string;
  basis: 'written' | 'published' | 'reprinted';
}

export function knowledgeLine(dates: readonly ArticleDate[]): KnowledgeLine {
  const written = earliest(dates.filter((entry) => entry.meaning === 'written'));
  if (written) return { date: written, basis: 'written' };
  const published = earliest(dates.filter((entry) => entry.meaning === 'published-online' || entry.meaning === 'print-edition'));
  if (published) return { date: published, basis: 'published' };
  return { date: earliest(dates)!, basis: 'reprinted' };
}

/** A piece, named as readers see it, with the line its authors' knowledge stops at. */
export interface ArticleLine {
  outlet: string;
  /** "analysis", "editorial". */
  kind: string;
  line: KnowledgeLine;
}

export function articleLine({ outlet, kind, dates }: CollectionEntry<'articles'>['data']): ArticleLine {
  return { outlet, kind: ARTICLE_KINDS[kind].toLowerCase(), line: knowledgeLine(dates) };
}

const BASIS_VERBS: Record<KnowledgeLine['basis'], string> = {
  written: 'was written',
  published: 'was published',
  reprinted: 'was reprinted',
};

/** "The Economist’s analysis was published" or "The Washington Post’s editorial was written". */
export function lineEvent({ outlet, kind, line }: ArticleLine): string {
  return `${outlet}’s ${kind} ${BASIS_VERBS[line.basis]}`;
}

/** "after publication", or "after it was written" when that is the line. */
export function afterLine(line: KnowledgeLine): string {
  return line.basis === 'written' ? 'after it was written' : 'after publication';
}
