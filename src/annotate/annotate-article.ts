import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { paragraphRanges, textOf } from './hast-text-ranges';
import type { QuoteProblem } from './locate-quotes';
import rehypeClaimMarks, { type ClaimLocation, type ClaimToMark, type UnlocatedClaims } from './rehype-claim-marks';
import rehypeEditorialMarks, { type EditorialMarkOptions } from './rehype-editorial-marks';
import rehypeEventMarkers, { type EventLink } from './rehype-event-markers';

export interface ArticleToAnnotate {
  /** The body as the site's Markdown processor rendered it (with paragraph ids). */
  html: string;
  /** The article's file and its claims file, named in errors. */
  articleFile: string;
  claimsFile: string;
  editorialNotes: EditorialMarkOptions['notes'];
  claims: readonly ClaimToMark[];
  /** For each claim tied to the timeline, the event its marker links to. */
  eventOfClaim: ReadonlyMap<string, EventLink>;
  /** Whether a claim that cannot be located fails (the default) or is left unmarked and reported. */
  unlocatedClaims?: UnlocatedClaims;
}

export interface ArticleParagraph {
  id: string;
  /** Where the paragraph's text lies in the body text. */
  start: number;
  end: number;
  text: string;
}

export interface AnnotatedArticle {
  /** The article body with its editorial and claim marks, ready for `set:html`. */
  html: string;
  /** The body's text, exactly as `textContent` of `#article-body` gives it: what positions count in. */
  text: string;
  paragraphs: ArticleParagraph[];
  /** Where every claim was found, in document order and numbered in it. */
  locations: ClaimLocation[];
  /** Claims left unmarked, with what is wrong (only when `unlocatedClaims` is "leave-unmarked"). */
  claimProblems: QuoteProblem[];
}

/**
 * Runs the stand-off annotations over an article's rendered body: editorial
 * marks, claim marks, and event markers after them. Takes the article as plain
 * options and gives back the marked-up body with what was found; a passage that no
 * longer matches throws, naming the file and every entry at fault (a claim's may
 * instead be left unmarked and reported, when asked).
 */
export async function annotateArticle(article: ArticleToAnnotate): Promise<AnnotatedArticle> {
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeEditorialMarks, { notes: article.editorialNotes, source: article.articleFile })
    .use(rehypeClaimMarks, { claims: article.claims, source: article.claimsFile, unlocated: article.unlocatedClaims })
    .use(rehypeEventMarkers, { eventOfClaim: article.eventOfClaim })
    .use(rehypeStringify);
  const file = new VFile(article.html);
  const tree = (await processor.run(processor.parse(article.html), file)) as Root;
  const text = textOf(tree);
  return {
    html: processor.stringify(tree),
    text,
    paragraphs: paragraphRanges(tree).map((paragraph) => ({ ...paragraph, text: text.slice(paragraph.start, paragraph.end) })),
    locations: file.data.claimLocations ?? [],
    claimProblems: file.data.claimProblems ?? [],
  };
}
