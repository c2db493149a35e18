import { readFile } from 'node:fs/promises';
import { getCatalog, type Catalog } from '../content/catalog';
import type { Article } from '../content/entries';
import { articlePath, claimAnchor, sitePath } from '../routes';
import type { ArticleState, Choice, FormSpec, ReferenceKind } from './api';
import { entryLines } from './claims-file';
import { CLAIM_REFERENCES, claimFormSchema, personFormSchema } from './form-spec';

/**
 * What the dev server knows of an article right now, read from the catalog the
 * pages are rendered from (this module is loaded by the dev server's own module
 * runner, so it sees content as the pages do, and again after every edit).
 */

/** The article a page path shows, if any. */
export async function articleAt(path: string): Promise<string | undefined> {
  const { articles } = await getCatalog();
  return articles.find((article) => articlePath(article.id) === sitePath(path))?.id;
}

/** `root` is the project folder, where the claims files are. */
export async function articleState(articleId: string, root: string): Promise<ArticleState> {
  const catalog = await getCatalog();
  const article = catalog.article(articleId);
  const claimsFile = claimsFileOf(article);
  const lines = entryLines(await readFile(`${root}/${claimsFile}`, 'utf8').catch(() => ''));
  const { text, paragraphs } = catalog.annotated(articleId);
  return {
    article: { id: articleId, headline: article.data.headline, claimsFile },
    text,
    paragraphs: paragraphs.map(({ id, start, end }) => ({ id, start, end })),
    // The text here is the body's: a header claim's positions count in its own line, so it is not among them.
    claims: catalog.claimsIn(articleId).filter(({ location }) => location.in === 'body').map(({ id, data, location }) => ({
      id,
      start: location.range.start,
      end: location.range.end,
      quote: data.quote,
      type: data.type,
      summary: data.summary,
      claimant: catalog.person(data.claimant).data.name,
      line: lines.get(id) ?? 1,
    })),
    problems: catalog.quoteProblems(articleId).map(({ id, quote, message, closest }) => ({ id, quote, message, closest, line: lines.get(id) ?? 1 })),
    takenIds: takenClaimIds(catalog),
    form: formSpec(catalog),
  };
}

export function claimsFileOf(article: Article): string {
  return `content/claims/${article.id}.yaml`;
}

/** Claim ids in use (marked or not) and every claim id any page has published. */
function takenClaimIds(catalog: Catalog): string[] {
  const prefix = claimAnchor('');
  const published = catalog.anchorRegistry.flatMap((page) => [...page.anchors, ...page.aliases.flatMap((alias) => [alias.from, alias.to])]);
  const unanchored = catalog.articles.flatMap((article) => catalog.quoteProblems(article.id).map((problem) => problem.id));
  const ids = [...catalog.claims.map((claim) => claim.id), ...unanchored, ...published.filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length))];
  return [...new Set(ids)].sort();
}

function formSpec(catalog: Catalog): FormSpec {
  const choices: Record<ReferenceKind, Choice[]> = {
    person: catalog.people.map(({ id, data }) => ({ id, label: `${data.name} (${data.role})` })),
    // The pieces themselves may support no claim (src/content/sourcing.ts), so they are not offered.
    source: catalog.sources
      .filter(({ data }) => data.article === undefined)
      .map(({ id, data }) => ({ id, label: `${data.publisher}${data.via ? `, via ${data.via}` : ''}${data.date ? `, ${data.date}` : ''}` })),
    event: catalog.events.map(({ id, data }) => ({ id, label: `${data.date}: ${data.title}` })),
    figure: catalog.figures.map(({ id, data }) => ({ id, label: data.title })),
    claim: catalog.claims.map(({ id, data }) => ({ id, label: `${id}: ${data.summary}` })),
  };
  return { claim: claimFormSchema(), person: personFormSchema(), references: { ...CLAIM_REFERENCES }, choices };
}
