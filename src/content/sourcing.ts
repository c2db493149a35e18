import type { ContentToCheck } from './references';

/**
 * The sources policy, checked: neither piece is a source for its own claims or
 * the other's. A source that is one of the articles itself (`article` set in
 * content/sources.yaml) may support no assessment, no claim's note and no timeline
 * event or figure. Returns one message per citation at fault, naming the file, the
 * entry, the field and what to do, so a build can fail with everything at once.
 */
export function sourcingProblems(content: Pick<ContentToCheck, 'articles' | 'claims' | 'sources' | 'events' | 'figures'>): string[] {
  const pieces = new Map(content.sources.flatMap((source) => (source.data.article === undefined ? [] : [[source.id, source.data.article] as const])));
  const headline = new Map(content.articles.map((article) => [article.id, `${article.data.outlet}, “${article.data.headline}”`]));
  const problems: string[] = [];
  const check = (entry: { id: string; filePath?: string | undefined }, field: string, ids: readonly string[]) => {
    for (const id of ids) {
      const article = pieces.get(id);
      if (article === undefined) continue;
      problems.push(
        `${entry.filePath ?? '(unknown file)'}: entry "${entry.id}", ${field}: "${id}" is the piece ${headline.get(article) ?? article} itself. ` +
          'Neither piece may be a source for its own claims or the other’s: cite a source independent of both (a primary record first), ' +
          'or, where only the piece records it, say so in the note.',
      );
    }
  };
  for (const claim of content.claims) {
    check(claim, 'sources (the note’s support)', claim.data.sources);
    check(claim, 'assessment.sources', claim.data.assessment?.sources ?? []);
  }
  for (const event of content.events) {
    check(event, 'sources', event.data.sources);
    event.data.figures.forEach((figure, index) => check(event, `figures.${index}.sources`, figure.sources));
  }
  for (const series of content.figures) {
    series.data.points.forEach((point, index) => check(series, `points.${index}.sources`, point.sources));
  }
  return problems;
}
