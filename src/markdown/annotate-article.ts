import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { CLAIM_TYPES } from '../content.config';
import { getCatalog, type Article } from '../data/catalog';
import type { AnchoredQuote } from '../lib/anchor-quotes';
import { paragraphRanges, textOf } from '../lib/hast-text-ranges';
import { href } from '../lib/urls';
import rehypeClaimMarks from './rehype-claim-marks';
import rehypeEditorialMarks from './rehype-editorial-marks';
import rehypeEventMarkers, { type EventLink } from './rehype-event-markers';

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
  /** Every claim found, in document order, with its W3C selector data. */
  anchors: AnchoredQuote[];
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
  const catalog = await getCatalog();
  const articleClaims = catalog.claimsIn(article.id);
  const claims = articleClaims.map((claim) => ({
    id: claim.id,
    quote: claim.data.quote,
    prefix: claim.data.prefix,
    suffix: claim.data.suffix,
    type: claim.data.type,
    typeLabel: CLAIM_TYPES[claim.data.type].label,
    summary: claim.data.summary,
  }));
  const eventOfClaim = new Map<string, EventLink>();
  for (const claim of articleClaims) {
    const [first] = claim.data.events;
    if (first === undefined) continue;
    const event = catalog.event(first);
    eventOfClaim.set(claim.id, { id: event.id, title: event.data.title, href: href(`/timeline/#event-${event.id}`) });
  }
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeEditorialMarks, { notes: article.data.editorialNotes, source: article.filePath ?? article.id })
    .use(rehypeClaimMarks, { claims, source: `content/claims/${article.id}.yaml` })
    .use(rehypeEventMarkers, { eventOfClaim })
    .use(rehypeStringify);
  const file = new VFile(rendered);
  const tree = (await processor.run(processor.parse(rendered), file)) as Root;
  const text = textOf(tree);
  return {
    html: processor.stringify(tree),
    text,
    paragraphs: paragraphRanges(tree).map((paragraph) => ({ ...paragraph, text: text.slice(paragraph.start, paragraph.end) })),
    anchors: file.data.claimAnchors ?? [],
  };
}
