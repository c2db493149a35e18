import { annotateArticle } from '../markdown/annotate-article';
import { getCatalog, type Claim } from './catalog';

let positions: Promise<Map<string, number>> | undefined;

/**
 * Claims in the order a reader meets them: the pieces in the order they were
 * published, and within each, where each claim's passage starts (claims files
 * need not follow the text, and collections come back in id order).
 */
export async function inReadingOrder(claims: readonly Claim[]): Promise<Claim[]> {
  positions ??= findPositions();
  const position = await positions;
  return [...claims].sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

async function findPositions(): Promise<Map<string, number>> {
  const { articles } = await getCatalog();
  const annotated = await Promise.all(articles.map(annotateArticle));
  return new Map(annotated.flatMap((article) => article.anchors).map((anchor, index) => [anchor.id, index]));
}
