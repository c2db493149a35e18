import { ARTICLE_KINDS, VERDICTS, CLAIM_TYPES, DATE_MEANINGS } from '../content/vocabulary';
import { firstPublished } from '../content/article-dates';
import type { Catalog } from '../content/catalog';
import type { Article, Claim, Person } from '../content/entries';
import { formatDate } from '../text/dates';
import { quoted } from '../text/quotation';
import { SITE_NAME } from '../meta/site';
import { shareCardPath } from '../routes';
import type { ShareCard } from './share-card';

/** What each page's share card shows. */

/** "The Washington Post, reprinted 26 March 2024": the first publication known, and what kind it was. */
function whereAndWhen(article: Article): string {
  const date = firstPublished(article.data.dates);
  const meaning = article.data.dates.find((entry) => entry.date === date)!.meaning;
  return `${article.data.outlet}, ${DATE_MEANINGS[meaning].toLowerCase()} ${formatDate(date)}`;
}

export function articleCard(article: Article): ShareCard {
  const { data } = article;
  return {
    kicker: `${SITE_NAME} · ${ARTICLE_KINDS[data.kind]}`,
    main: data.headline,
    quote: false,
    detail: data.standfirst,
    who: data.outlet,
    where: `${whereAndWhen(article)} · read with its claims checked`,
  };
}

export function claimCard(claim: Claim, claimant: Person, article: Article): ShareCard {
  const { data } = claim;
  const labels = [SITE_NAME, CLAIM_TYPES[data.type].label, data.assessment && VERDICTS[data.assessment.verdict].label];
  return {
    kicker: labels.filter(Boolean).join(' · '),
    main: data.quote,
    quote: true,
    who: claimant.data.kind === 'outlet' ? `${claimant.data.name}, in its own voice` : claimant.data.name,
    where: `Quoted from ${whereAndWhen(article)}`,
  };
}

/** The card's text alternative, for `og:image:alt`. */
export function cardDescription(card: ShareCard): string {
  const main = card.quote ? quoted(card.main) : card.main;
  return `${card.kicker}: ${main} — ${card.who}. ${card.where}.`;
}

/** What a page's head needs to show its card: where it is and what it says. */
export interface CardReference {
  path: string;
  alt: string;
}

export function articleCardReference(article: Article): CardReference {
  return { path: shareCardPath('articles', article.id), alt: cardDescription(articleCard(article)) };
}

export function claimCardFor(claim: Claim, catalog: Catalog): ShareCard {
  return claimCard(claim, catalog.person(claim.data.claimant), catalog.article(claim.data.article));
}

export function claimCardReference(claim: Claim, catalog: Catalog): CardReference {
  return { path: shareCardPath('claims', claim.id), alt: cardDescription(claimCardFor(claim, catalog)) };
}
