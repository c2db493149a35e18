import { ARTICLE_KINDS, VERDICTS, CLAIM_TYPES, DATE_MEANINGS } from '../content/vocabulary';
import { firstPublished } from '../content/article-dates';
import type { Catalog } from '../content/catalog';
import type { Article, Claim, Person } from '../content/entries';
import { formatDate } from '../text/dates';
import { quoted } from '../text/quotation';
import { SITE_NAME } from '../meta/site';
import { capitalised, countInWords, listInWords } from '../text/in-words';
import { aboutPath, comparePath, homePath, methodPath, claimsPath, searchPath, shareCardPath, timelinePath, type CardKind } from '../routes';
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

/** The pages that list or explain, each with its own card; any other page without a card of its own shows the home page's. */
const PAGE_PATHS = {
  home: homePath,
  claims: claimsPath(),
  timeline: timelinePath,
  compare: comparePath,
  search: searchPath(),
  about: aboutPath(),
  method: methodPath(),
} as const;

export type PageCardId = keyof typeof PAGE_PATHS;

type PageText = Pick<ShareCard, 'main' | 'detail'> & { section?: string };

/** What each page's card says: the page's own title and description, shortened for a picture. */
function pageText(page: PageCardId, catalog: Catalog): PageText {
  const outlets = listInWords(catalog.outlets);
  switch (page) {
    case 'home':
      return {
        main: `${capitalised(countInWords(catalog.articles.length, 'piece'))} on the March 2024 terrorist attack on Crocus City Hall near Moscow`,
        detail: 'Kept as faithful copies, and read with their claims annotated, checked and sourced',
      };
    case 'claims':
      return { section: 'Claims', main: 'Every claim marked in the pieces', detail: 'Its type, its claimant and, where it can be checked, its verdict and sources' };
    case 'timeline':
      return { section: 'Timeline', main: 'The events the pieces argue from', detail: 'On the Crocus City Hall attack, each linked to the passages that speak of it' };
    case 'compare':
      return { section: 'Compare', main: `${outlets}, side by side`, detail: 'Where they agree, where they differ, and what only one of them says' };
    case 'search':
      return { section: 'Search', main: 'Search the claims, passages, timeline events and people', detail: 'Typos forgiven' };
    case 'about':
      return { section: 'About', main: 'Sources and corrections', detail: `What ${SITE_NAME} is, every source its notes cite, and the dated list of its corrections` };
    case 'method':
      return { section: 'Method', main: 'How claims are chosen, checked, sourced and corrected', detail: 'The verdict scale and the rule behind each verdict, and how errors are reported' };
  }
}

export function pageCard(page: PageCardId, catalog: Catalog): ShareCard {
  const { section, main, detail } = pageText(page, catalog);
  return {
    kicker: section ? `${SITE_NAME} · ${section}` : SITE_NAME,
    main,
    quote: false,
    detail,
    who: listInWords(catalog.outlets),
    where: `${capitalised(countInWords(catalog.claims.length, 'claim'))} marked · ${countInWords(catalog.events.length, 'event')} on the timeline`,
  };
}

/** The card for the page at `path` (a site path, "/claims/"): its own, or the home page's. */
export function pageCardReference(path: string, catalog: Catalog): CardReference {
  const page = (Object.keys(PAGE_PATHS) as PageCardId[]).find((id) => PAGE_PATHS[id] === path) ?? 'home';
  return { path: shareCardPath('pages', page), alt: cardDescription(pageCard(page, catalog)) };
}

export interface CardToDraw {
  kind: CardKind;
  id: string;
  card: ShareCard;
}

/** Every share card the site has: one per article, per claim and per listing page. */
export function allShareCards(catalog: Catalog): CardToDraw[] {
  return [
    ...(Object.keys(PAGE_PATHS) as PageCardId[]).map((id) => ({ kind: 'pages' as const, id, card: pageCard(id, catalog) })),
    ...catalog.articles.map((article) => ({ kind: 'articles' as const, id: article.id, card: articleCard(article) })),
    ...catalog.claims.map((claim) => ({ kind: 'claims' as const, id: claim.id, card: claimCardFor(claim, catalog) })),
  ];
}
