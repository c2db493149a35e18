import type { AstroMarkdownOptions, MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import astroConfig from '../../astro.config.mjs';
import { annotateArticle, type AnnotatedArticle, type ArticleToAnnotate } from '../../src/annotate/annotate-article';

let renderer: Promise<MarkdownRenderer> | undefined;

/** Renders Markdown with the very processor astro.config.mjs configures: its options, its plugins. */
export async function renderMarkdown(markdown: string): Promise<string> {
  const { processor, ...shared } = astroConfig.markdown ?? {};
  if (!processor) throw new Error('astro.config.mjs sets no markdown.processor');
  renderer ??= processor.createRenderer({ ...markdownConfigDefaults, ...(shared as AstroMarkdownOptions) });
  return (await (await renderer).render(markdown)).code;
}

/** What a test leaves out of an article to annotate: files get names, lists are empty. */
export type AnnotationOptions = Partial<Omit<ArticleToAnnotate, 'html'>>;

/** Renders an article body as the build does, then annotates it as the catalog does. */
export async function annotateMarkdown(markdown: string, options: AnnotationOptions = {}): Promise<AnnotatedArticle> {
  return annotateArticle({
    html: await renderMarkdown(markdown),
    articleFile: 'content/articles/test.md',
    claimsFile: 'content/claims/test.yaml',
    editorialNotes: [],
    claims: [],
    eventOfClaim: new Map(),
    ...options,
  });
}
