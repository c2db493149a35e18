import type { ArticleParagraph } from '../annotate/annotate-article';
import { noteText } from '../annotate/render-note';
import type { Article, Claim, Person, SiteEvent } from '../content/entries';
import { CLAIM_TYPES, VERDICTS, type ClaimType } from '../content/vocabulary';
import { articlePlacePath, eventPath, passagePath, personPath } from '../routes';
import { formatDateSpan } from '../text/dates';

/**
 * What search finds, one flat record per thing a reader can land on, with what a
 * result shows and where it links (a site path, without the base path). Built when
 * the site is built and shipped in `/search-index.json`.
 */

export interface ClaimRecord {
  kind: 'claim';
  id: string;
  path: string;
  summary: string;
  quote: string;
  claimant: string;
  claimantName: string;
  /** Other spellings of the claimant's name, searched but not shown. */
  claimantAliases: string[];
  /** The context note as plain text: searched, so that a claim is found by what its note says ("Kerman"). */
  context: string;
  type: ClaimType;
  typeLabel: string;
  verdictLabel?: string;
  article: string;
  outlet: string;
}

export interface PassageRecord {
  kind: 'passage';
  /** The paragraph's anchor id, `p-…`. */
  id: string;
  path: string;
  text: string;
  article: string;
  outlet: string;
}

export interface EventRecord {
  kind: 'event';
  id: string;
  path: string;
  title: string;
  summary: string;
  dateLabel: string;
}

export interface PersonRecord {
  kind: 'person';
  id: string;
  path: string;
  name: string;
  aliases: string[];
  role: string;
  claimCount: number;
}

export type SearchRecord = ClaimRecord | PassageRecord | EventRecord | PersonRecord;

export type SearchKind = SearchRecord['kind'];

export interface ArticleToIndex {
  article: Article;
  paragraphs: readonly ArticleParagraph[];
  /** The article's claims, in reading order. */
  claims: readonly Claim[];
}

export interface ContentToIndex {
  articles: readonly ArticleToIndex[];
  people: readonly Person[];
  /** In date order. */
  events: readonly SiteEvent[];
}

export function buildSearchRecords(content: ContentToIndex): SearchRecord[] {
  const people = new Map(content.people.map((person) => [person.id, person]));
  const claimCounts = new Map<string, number>();
  const claims: ClaimRecord[] = [];
  const passages: PassageRecord[] = [];
  for (const { article, paragraphs, claims: articleClaims } of content.articles) {
    for (const claim of articleClaims) {
      const claimant = people.get(claim.data.claimant);
      if (!claimant) throw new Error(`Claim "${claim.id}" names claimant "${claim.data.claimant}", who is not in content/people.yaml.`);
      claimCounts.set(claimant.id, (claimCounts.get(claimant.id) ?? 0) + 1);
      claims.push(claimRecord(claim, claimant, article));
    }
    for (const paragraph of paragraphs) {
      passages.push({
        kind: 'passage',
        id: paragraph.id,
        path: articlePlacePath(article.id, paragraph.id),
        text: paragraph.text,
        article: article.id,
        outlet: article.data.outlet,
      });
    }
  }
  const events = content.events.map(
    (event): EventRecord => ({
      kind: 'event',
      id: event.id,
      path: eventPath(event.id),
      title: event.data.title,
      summary: event.data.summary,
      dateLabel: formatDateSpan(event.data),
    }),
  );
  const persons = content.people.map((person): PersonRecord => {
    const claimCount = claimCounts.get(person.id) ?? 0;
    return {
      kind: 'person',
      id: person.id,
      // Their place on the people page: their claims and timeline events.
      path: personPath(person.id),
      name: person.data.name,
      aliases: person.data.aliases,
      role: person.data.role,
      claimCount,
    };
  });
  return [...claims, ...passages, ...events, ...persons];
}

function claimRecord(claim: Claim, claimant: Person, article: Article): ClaimRecord {
  const { data } = claim;
  return {
    kind: 'claim',
    id: claim.id,
    path: passagePath(claim),
    summary: data.summary,
    quote: data.quote,
    claimant: claimant.id,
    claimantName: claimant.data.name,
    claimantAliases: claimant.data.aliases,
    context: noteText(data.note),
    type: data.type,
    typeLabel: CLAIM_TYPES[data.type].label,
    ...(data.assessment && { verdictLabel: VERDICTS[data.assessment.verdict].label }),
    article: article.id,
    outlet: article.data.outlet,
  };
}
