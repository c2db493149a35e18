import type { Article, Correction, Entry, FigureSeries, Person, SiteEvent, Source, Theme } from './entries';
import type { ClaimData } from './schemas/claim';

/** Everything content/ holds, as loaded and before any claim is found in its text. */
export interface ContentToCheck {
  articles: readonly Article[];
  claims: readonly Entry<ClaimData>[];
  people: readonly Person[];
  sources: readonly Source[];
  events: readonly SiteEvent[];
  figures: readonly FigureSeries[];
  corrections: readonly Correction[];
  themes: readonly Theme[];
}

/**
 * Every id one content file uses to point at another entry must exist. Returns one
 * message per broken reference, naming the file, the entry, the field and the id,
 * so that a build can fail with everything to fix at once.
 */
export function referenceProblems(content: ContentToCheck): string[] {
  const known = {
    article: new Set(content.articles.map((entry) => entry.id)),
    claim: new Set(content.claims.map((entry) => entry.id)),
    person: new Set(content.people.map((entry) => entry.id)),
    source: new Set(content.sources.map((entry) => entry.id)),
    event: new Set(content.events.map((entry) => entry.id)),
    figure: new Set(content.figures.map((entry) => entry.id)),
  };
  const problems: string[] = [];
  const check = (entry: { id: string; filePath?: string | undefined }, field: string, kind: keyof typeof known, ids: readonly string[]) => {
    for (const id of ids) {
      if (!known[kind].has(id)) {
        problems.push(`${entry.filePath ?? '(unknown file)'}: entry "${entry.id}", ${field}: there is no ${kind} with the id "${id}".`);
      }
    }
  };

  const articleOf = new Map(content.claims.map((claim) => [claim.id, claim.data.article]));
  const declaredPairs = new Set<string>();
  for (const claim of content.claims) {
    const { data } = claim;
    check(claim, 'article (the file name)', 'article', [data.article]);
    check(claim, 'claimant', 'person', [data.claimant]);
    check(claim, 'sources', 'source', data.sources);
    check(claim, 'assessment.sources', 'source', data.assessment?.sources ?? []);
    check(claim, 'events', 'event', data.events);
    check(claim, 'figure', 'figure', data.figure ? [data.figure] : []);
    check(claim, 'related', 'claim', data.related.map((link) => link.claim));
    for (const link of data.related) {
      const pair = [claim.id, link.claim].sort().join(' ↔ ');
      if (declaredPairs.has(pair)) {
        problems.push(`${claim.filePath}: entry "${claim.id}", related: the relation ${pair} is declared twice; declare it on one claim only.`);
      }
      declaredPairs.add(pair);
      if (articleOf.get(link.claim) === data.article) {
        problems.push(`${claim.filePath}: entry "${claim.id}", related: "${link.claim}" is in the same article; related claims link the pieces to each other.`);
      }
    }
  }
  for (const source of content.sources) {
    check(source, 'article', 'article', source.data.article === undefined ? [] : [source.data.article]);
  }
  for (const event of content.events) {
    check(event, 'people', 'person', event.data.people);
    check(event, 'sources', 'source', [...event.data.sources, ...event.data.figures.flatMap((figure) => figure.sources)]);
  }
  for (const series of content.figures) {
    check(series, 'points.sources', 'source', series.data.points.flatMap((point) => point.sources));
  }
  for (const correction of content.corrections) {
    check(correction, 'claims', 'claim', correction.data.claims);
    check(correction, 'articles', 'article', correction.data.articles);
  }
  for (const theme of content.themes) {
    check(theme, 'claims', 'claim', theme.data.claims);
  }
  return problems;
}
