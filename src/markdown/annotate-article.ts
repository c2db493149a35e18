import type { CollectionEntry } from 'astro:content';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypeEditorialMarks from './rehype-editorial-marks';

type Article = CollectionEntry<'articles'>;

export interface AnnotatedArticle {
  /** The article body with its editorial marks, ready for `set:html`. */
  html: string;
}

const cache = new Map<string, Promise<AnnotatedArticle>>();

/**
 * Runs the stand-off annotations over an article's rendered HTML. This happens when
 * pages are built, not when content is synced, so a passage that no longer matches
 * fails the build (content sync only logs render errors) and annotation files are
 * re-read on every build. Memoised: several pages need the same article.
 */
export function annotateArticle(article: Article): Promise<AnnotatedArticle> {
  let annotated = cache.get(article.id);
  if (!annotated) {
    annotated = annotate(article);
    cache.set(article.id, annotated);
  }
  return annotated;
}

async function annotate(article: Article): Promise<AnnotatedArticle> {
  const rendered = article.rendered?.html;
  if (rendered === undefined) throw new Error(`${article.filePath}: the article has no rendered body.`);
  const file = await unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeEditorialMarks, { notes: article.data.editorialNotes, source: article.filePath ?? article.id })
    .use(rehypeStringify)
    .process(rendered);
  return { html: String(file) };
}
