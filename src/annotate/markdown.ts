import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeParagraphIds from './rehype-paragraph-ids';

/**
 * The site's Markdown processor: astro.config.mjs hands these options to
 * `unified(...)`, and tests render through the very processor it configures.
 * The rest of the annotation runs later, over the rendered body (annotate-article.ts),
 * because its claims come from other files than the article's own.
 */
export const markdownOptions: UnifiedProcessorOptions = {
  // The copies already carry the outlets' own typography; smartypants would rewrite it.
  smartypants: false,
  rehypePlugins: [rehypeParagraphIds],
};
