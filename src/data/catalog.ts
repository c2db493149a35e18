import { getCollection, type CollectionEntry } from 'astro:content';
import type { RegisteredPage } from '../lib/anchor-registry';
import { inPublicationOrder } from '../lib/article-dates';
import { relatedClaims, type RelatedClaim } from '../lib/claim-relations';
import { referenceProblems } from '../lib/content-references';
import { timelineCoverageProblems } from '../lib/timeline-coverage';

export type Article = CollectionEntry<'articles'>;
export type Claim = CollectionEntry<'claims'>;
export type Person = CollectionEntry<'people'>;
export type Source = CollectionEntry<'sources'>;
export type SiteEvent = CollectionEntry<'events'>;
export type FigureSeries = CollectionEntry<'figures'>;
export type Correction = CollectionEntry<'corrections'>;
export type Theme = CollectionEntry<'themes'>;

/** Everything in content/, cross-checked and indexed: what pages read instead of raw collections. */
export interface Catalog {
  /** In publication order (the first date each records). */
  articles: Article[];
  claims: Claim[];
  people: Person[];
  sources: Source[];
  /** In date order; events of one day in the order content/events.yaml gives them. */
  events: SiteEvent[];
  figures: FigureSeries[];
  /** Newest first. */
  corrections: Correction[];
  /** In the order content/themes.yaml gives them. */
  themes: Theme[];
  /** The pieces' outlets, each once, in publication order. */
  outlets: string[];
  article(id: string): Article;
  claim(id: string): Claim;
  person(id: string): Person;
  source(id: string): Source;
  event(id: string): SiteEvent;
  figure(id: string): FigureSeries;
  claimsIn(articleId: string): Claim[];
  related(claimId: string): RelatedClaim[];
  claimsAbout(eventId: string): Claim[];
  /** The events an article's claims refer to, in date order. */
  eventsIn(articleId: string): SiteEvent[];
  /** The corrections that name a claim, newest first. */
  correctionsOf(claimId: string): Correction[];
  /** The corrections that name an article or any of its claims, newest first. */
  correctionsIn(articleId: string): Correction[];
  /** The anchor registry (content/anchors.yaml): every page's published anchors and aliases. */
  anchorRegistry: RegisteredPage[];
  /** The anchor registry's entry for a page (its site path), if it has published anchors. */
  registeredPage(path: string): RegisteredPage | undefined;
}

let catalog: Promise<Catalog> | undefined;

/**
 * Loads and checks content once per build. A reference to an id that does not
 * exist fails the build here, with every broken reference listed.
 */
export function getCatalog(): Promise<Catalog> {
  catalog ??= loadCatalog();
  return catalog;
}

async function loadCatalog(): Promise<Catalog> {
  const [articles, claims, people, sources, events, figures, corrections, themes, anchors] = await Promise.all([
    getCollection('articles'),
    getCollection('claims'),
    getCollection('people'),
    getCollection('sources'),
    getCollection('events'),
    getCollection('figures'),
    getCollection('corrections'),
    getCollection('themes'),
    getCollection('anchors'),
  ]);
  const content = { articles, claims, people, sources, events, figures, corrections, themes };
  const problems = referenceProblems(content);
  if (problems.length > 0) throw new Error(`Content refers to entries that do not exist:\n\n${problems.join('\n')}\n`);
  const uncovered = timelineCoverageProblems(content);
  if (uncovered.length > 0) throw new Error(`The timeline and the texts are not tied together:\n\n${uncovered.join('\n')}\n`);

  const lookup = <Entry extends { id: string }>(entries: Entry[], kind: string) => {
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    return (id: string): Entry => {
      const entry = byId.get(id);
      if (!entry) throw new Error(`There is no ${kind} with the id "${id}".`);
      return entry;
    };
  };
  const related = relatedClaims(claims);
  const eventsByDate = [...events].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.data.position - b.data.position);
  const newestFirst = [...corrections].sort((a, b) => b.data.date.localeCompare(a.data.date));
  const articleOf = new Map(claims.map((claim) => [claim.id, claim.data.article]));
  const byArticle = groupBy(claims, (claim) => [claim.data.article]);
  const byEvent = groupBy(claims, (claim) => claim.data.events);
  const correctionsByClaim = groupBy(newestFirst, (correction) => correction.data.claims);
  const correctionsByArticle = groupBy(newestFirst, (correction) => [
    ...new Set([...correction.data.articles, ...correction.data.claims.map((claimId) => articleOf.get(claimId)!)]),
  ]);
  const inOrder = inPublicationOrder(articles);
  const anchorRegistry = anchors.map((entry) => ({ page: entry.id, anchors: entry.data.anchors, aliases: entry.data.aliases }));
  return {
    articles: inOrder,
    claims,
    people,
    sources,
    events: eventsByDate,
    figures,
    corrections: newestFirst,
    themes: [...themes].sort((a, b) => a.data.position - b.data.position),
    outlets: [...new Set(inOrder.map((article) => article.data.outlet))],
    article: lookup(articles, 'article'),
    claim: lookup(claims, 'claim'),
    person: lookup(people, 'person'),
    source: lookup(sources, 'source'),
    event: lookup(events, 'event'),
    figure: lookup(figures, 'figure series'),
    claimsIn: (articleId) => byArticle.get(articleId) ?? [],
    related: (claimId) => related.get(claimId) ?? [],
    claimsAbout: (eventId) => byEvent.get(eventId) ?? [],
    eventsIn: (articleId) => {
      const referred = new Set((byArticle.get(articleId) ?? []).flatMap((claim) => claim.data.events));
      return eventsByDate.filter((event) => referred.has(event.id));
    },
    correctionsOf: (claimId) => correctionsByClaim.get(claimId) ?? [],
    correctionsIn: (articleId) => correctionsByArticle.get(articleId) ?? [],
    anchorRegistry,
    registeredPage: (path) => anchorRegistry.find((entry) => entry.page === path),
  };
}

/** Entries by each key they have, in their given order: the lookups pages make per claim and per event. */
function groupBy<Entry>(entries: readonly Entry[], keysOf: (entry: Entry) => readonly string[]): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    for (const key of keysOf(entry)) {
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
  }
  return groups;
}
