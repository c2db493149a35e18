import { getCollection, type CollectionEntry } from 'astro:content';
import { annotateArticle, type AnnotatedArticle } from '../annotate/annotate-article';
import { QuoteLocationError, type QuoteProblem } from '../annotate/locate-quotes';
import type { EventLink } from '../annotate/rehype-event-markers';
import { relatedClaims } from './relations';
import { eventPath, href, methodPath } from '../routes';
import { inPublicationOrder } from './article-dates';
import { timelineCoverageProblems } from './coverage';
import type { Article, Claim, Correction, FigureSeries, Person, RelatedClaim, SiteEvent, Source, Theme } from './entries';
import { referenceProblems, type ContentToCheck } from './references';
import { sourcingProblems } from './sourcing';
import type { RegisteredPage } from './schemas/registered-page';
import { CLAIM_TYPES, VERDICTS } from './vocabulary';

/**
 * Everything in content/, loaded once per build, cross-checked, annotated and
 * indexed: what pages, the search index and the exports read. Nothing downstream
 * reads a collection, annotates an article or sorts claims again.
 */
export interface Catalog {
  /** In publication order (the first date each records). */
  articles: Article[];
  /** In reading order: the articles in publication order, and within each, where each claim's passage starts. */
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
  /** The articles' outlets, each once, in publication order. */
  outlets: string[];
  /** The anchor registry (content/anchors.yaml): every page's published anchors and aliases. */
  anchorRegistry: RegisteredPage[];
  article(id: string): Article;
  claim(id: string): Claim;
  person(id: string): Person;
  source(id: string): Source;
  event(id: string): SiteEvent;
  figure(id: string): FigureSeries;
  /** An article's body with its marks, its text and paragraphs. */
  annotated(articleId: string): AnnotatedArticle;
  /**
   * The claims of an article whose quotes do not anchor in its text, and why. Always
   * empty in a build, which fails on them; the dev server leaves them unmarked and
   * lists them here, so that an editor sees the page and what to fix.
   */
  quoteProblems(articleId: string): QuoteProblem[];
  /** An article's claims, in reading order. */
  claimsIn(articleId: string): Claim[];
  /** The claims that refer to an event, in reading order. */
  claimsAbout(eventId: string): Claim[];
  /** The claims that quote a figure series, in reading order. */
  claimsQuoting(seriesId: string): Claim[];
  related(claimId: string): RelatedClaim[];
  /** The events an article's claims refer to, in date order. */
  eventsIn(articleId: string): SiteEvent[];
  /** The corrections that name a claim, newest first. */
  correctionsOf(claimId: string): Correction[];
  /** The corrections that name an article or any of its claims, newest first. */
  correctionsIn(articleId: string): Correction[];
  /** The anchor registry's entry for a page (its site path), if it has published anchors. */
  registeredPage(path: string): RegisteredPage | undefined;
}

let catalog: Promise<Catalog> | undefined;

/**
 * Loads, checks and annotates content once per build. A reference to an id that
 * does not exist, or a quote that is not in its text, fails the build here, with
 * every problem listed. Under `astro dev` a claim whose quote does not anchor is
 * left out instead, and reported by `quoteProblems`.
 */
export function getCatalog(): Promise<Catalog> {
  catalog ??= loadCatalog();
  return catalog;
}

async function loadCatalog(): Promise<Catalog> {
  const [articles, claimEntries, people, sources, events, figures, corrections, themes, anchors] = await Promise.all([
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
  checkContent({ articles, claims: claimEntries, people, sources, events, figures, corrections, themes });
  const event = lookup(events, 'event');
  const inOrder = inPublicationOrder(articles);
  const annotatedArticles = await Promise.all(inOrder.map((article) => annotate(article, claimEntries, event)));
  const annotatedById = new Map(inOrder.map((article, index) => [article.id, annotatedArticles[index]!]));
  const claims = inReadingOrder(claimEntries, annotatedArticles);
  const unanchored = new Set(annotatedArticles.flatMap((article) => article.claimProblems.map((problem) => problem.id)));

  const related = relatedClaims(claims);
  const eventsByDate = [...events].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.data.position - b.data.position);
  const newestFirst = [...corrections].sort((a, b) => b.data.date.localeCompare(a.data.date));
  const articleOf = new Map(claims.map((claim) => [claim.id, claim.data.article]));
  const byArticle = groupBy(claims, (claim) => [claim.data.article]);
  const byEvent = groupBy(claims, (claim) => claim.data.events);
  const byFigure = groupBy(claims, (claim) => (claim.data.figure === undefined ? [] : [claim.data.figure]));
  const correctionsByClaim = groupBy(newestFirst, (correction) => correction.data.claims);
  const correctionsByArticle = groupBy(newestFirst, (correction) => [
    ...new Set([...correction.data.articles, ...correction.data.claims.map((claimId) => articleOf.get(claimId)!)]),
  ]);
  const anchorRegistry = anchors.map((entry) => entry.data);
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
    anchorRegistry,
    article: lookup(inOrder, 'article'),
    claim: lookup(claims, 'claim', (id) => (unanchored.has(id) ? `The claim "${id}" is left out: its quote does not anchor in its article's text.` : undefined)),
    person: lookup(people, 'person'),
    source: lookup(sources, 'source'),
    event,
    figure: lookup(figures, 'figure series'),
    annotated: (articleId) => annotatedById.get(articleId) ?? missing('article', articleId),
    quoteProblems: (articleId) => annotatedById.get(articleId)?.claimProblems ?? missing('article', articleId),
    claimsIn: (articleId) => byArticle.get(articleId) ?? [],
    claimsAbout: (eventId) => byEvent.get(eventId) ?? [],
    claimsQuoting: (seriesId) => byFigure.get(seriesId) ?? [],
    related: (claimId) => related.get(claimId) ?? [],
    eventsIn: (articleId) => {
      const referred = new Set((byArticle.get(articleId) ?? []).flatMap((claim) => claim.data.events));
      return eventsByDate.filter((entry) => referred.has(entry.id));
    },
    correctionsOf: (claimId) => correctionsByClaim.get(claimId) ?? [],
    correctionsIn: (articleId) => correctionsByArticle.get(articleId) ?? [],
    registeredPage: (path) => anchorRegistry.find((entry) => entry.id === path),
  };
}

/**
 * Fails the build, listing every problem, when an id points at nothing, a piece is
 * cited as a source, or the timeline and the texts are not tied together.
 */
function checkContent(content: ContentToCheck): void {
  const problems = referenceProblems(content);
  if (problems.length > 0) throw new Error(`Content refers to entries that do not exist:\n\n${problems.join('\n')}\n`);
  const misSourced = sourcingProblems(content);
  if (misSourced.length > 0) throw new Error(`Content breaks the sources policy (${methodPath('sources')}):\n\n${misSourced.join('\n')}\n`);
  const uncovered = timelineCoverageProblems(content);
  if (uncovered.length > 0) throw new Error(`The timeline and the texts are not tied together:\n\n${uncovered.join('\n')}\n`);
}

/**
 * Finds the article's claims in its rendered text, and marks them up with the
 * editorial notes and event markers. A claim that cannot be located fails the
 * build; the dev server leaves it unmarked and says so in its log.
 */
async function annotate(
  article: CollectionEntry<'articles'>,
  claims: readonly CollectionEntry<'claims'>[],
  event: (id: string) => SiteEvent,
): Promise<AnnotatedArticle> {
  const html = article.rendered?.html;
  if (html === undefined) throw new Error(`${article.filePath}: the article has no rendered body.`);
  const own = claims.filter((claim) => claim.data.article === article.id);
  const eventOfClaim = new Map<string, EventLink>();
  for (const claim of own) {
    const [first] = claim.data.events;
    if (first === undefined) continue;
    const { id, data } = event(first);
    eventOfClaim.set(claim.id, { id, title: data.title, href: href(eventPath(id)) });
  }
  const claimsFile = `content/claims/${article.id}.yaml`;
  const { rubric, headline, standfirst } = article.data;
  const annotated = await annotateArticle({
    html,
    header: { rubric, headline, standfirst },
    articleFile: article.filePath ?? article.id,
    claimsFile,
    editorialNotes: article.data.editorialNotes,
    claims: own.map(({ id, data }) => ({
      id,
      in: data.in,
      quote: data.quote,
      prefix: data.prefix,
      suffix: data.suffix,
      type: data.type,
      typeLabel: CLAIM_TYPES[data.type].label,
      summary: data.summary,
      verdict: data.assessment && { key: data.assessment.verdict, label: VERDICTS[data.assessment.verdict].label, symbol: VERDICTS[data.assessment.verdict].symbol },
    })),
    eventOfClaim,
    unlocatedClaims: import.meta.env.DEV ? 'leave-unmarked' : 'fail',
  });
  if (annotated.claimProblems.length > 0) console.warn(new QuoteLocationError(annotated.claimProblems, claimsFile).message);
  return annotated;
}

/** Claims with their place in the text, in the order a reader meets them. */
function inReadingOrder(entries: readonly CollectionEntry<'claims'>[], annotated: readonly AnnotatedArticle[]): Claim[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return annotated.flatMap(({ locations }) =>
    locations.map((location) => {
      const { id, data, filePath } = byId.get(location.id)!;
      return { id, data, filePath, number: location.number, location };
    }),
  );
}

/** `why` may explain an id that exists but is not shown. */
function lookup<Entry extends { id: string }>(entries: readonly Entry[], kind: string, why?: (id: string) => string | undefined): (id: string) => Entry {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return (id) => byId.get(id) ?? missing(kind, id, why?.(id));
}

function missing(kind: string, id: string, why?: string): never {
  throw new Error(why ?? `There is no ${kind} with the id "${id}".`);
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
