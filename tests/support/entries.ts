import type { Article } from '../../src/content/entries';

/** The least frontmatter an article needs: what the schema accepts, and what unit tests vary. */
export const MINIMAL_ARTICLE = {
  id: 'example-piece',
  outlet: 'The Example',
  kind: 'analysis',
  headline: 'A headline',
  dates: [{ date: '2024-03-27', meaning: 'published-online' }],
  source: { label: 'example.org', kind: 'original', url: 'https://example.org/piece' },
  byline: { signed: false, note: 'Unsigned.' },
  language: 'en-GB',
} satisfies Partial<Article['data']>;

/** An articles entry as pages get it (the schema's defaults filled in), changed by `data`. */
export function articleEntry(id: string, data: Partial<Article['data']> = {}): Article {
  return { id, data: { ...MINIMAL_ARTICLE, id, unconfirmed: [], editorialNotes: [], ...data } } as Article;
}
