import type { Root } from 'hast';
import { h } from 'hastscript';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { HEADER_PLACES, type ClaimPlace, type HeaderPlace } from '../content/vocabulary';
import { paragraphRanges, textOf } from './hast-text-ranges';
import { QuoteLocationError, type QuoteProblem } from './locate-quotes';
import rehypeClaimMarks, { type ClaimLocation, type ClaimToMark, type UnlocatedClaims } from './rehype-claim-marks';
import rehypeEditorialMarks, { type EditorialMarkOptions } from './rehype-editorial-marks';
import rehypeEventMarkers, { type EventLink } from './rehype-event-markers';

export interface ArticleToAnnotate {
  /** The body as the site's Markdown processor rendered it (with paragraph ids). */
  html: string;
  /** The lines of the page header that claims may quote, as plain text: the rubric, headline and standfirst it has. */
  header?: Partial<Record<HeaderPlace, string | undefined>>;
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

/** A header line with its claims marked: the HTML to put inside its element, and its text, which positions count in. */
export interface AnnotatedLine {
  html: string;
  text: string;
}

export interface AnnotatedArticle {
  /** The article body with its editorial and claim marks, ready for `set:html`. */
  html: string;
  /** The body's text, exactly as `textContent` of `#article-body` gives it: what positions count in. */
  text: string;
  paragraphs: ArticleParagraph[];
  /** Each header line the article has, with its claims marked. */
  header: Partial<Record<HeaderPlace, AnnotatedLine>>;
  /** Where every claim was found, in document order (the header's lines first) and numbered in it. */
  locations: ClaimLocation[];
  /** Claims left unmarked, with what is wrong (only when `unlocatedClaims` is "leave-unmarked"). */
  claimProblems: QuoteProblem[];
}

/**
 * Runs the stand-off annotations over an article's rendered body and its header
 * lines: editorial marks, claim marks, and event markers after them. Takes the
 * article as plain options and gives back the marked-up body and lines with what
 * was found; passages that no longer match throw, naming the file and every entry
 * at fault, the header's and the body's together (a claim's may instead be left
 * unmarked and reported, when asked).
 */
export async function annotateArticle(article: ArticleToAnnotate): Promise<AnnotatedArticle> {
  const failures: QuoteLocationError[] = [];
  const misplaced: QuoteProblem[] = HEADER_PLACES.filter((place) => article.header?.[place] === undefined).flatMap((place) =>
    claimsIn(article, place).map((claim) => ({
      id: claim.id,
      quote: claim.quote,
      message: `claim "${claim.id}": it is in the ${place} (in: ${place}), but the article has no ${place}. Set in: to where its words are.`,
    })),
  );
  const leaveUnmarked = article.unlocatedClaims === 'leave-unmarked';
  if (misplaced.length > 0 && !leaveUnmarked) failures.push(new QuoteLocationError(misplaced, article.claimsFile));
  const header: Partial<Record<HeaderPlace, AnnotatedLine>> = {};
  const locations: ClaimLocation[] = [];
  const claimProblems: QuoteProblem[] = leaveUnmarked ? [...misplaced] : [];
  for (const place of HEADER_PLACES) {
    const line = article.header?.[place];
    if (line === undefined) continue;
    const marked = await collecting(failures, () => annotateLine(line, place, article, locations.length + 1));
    if (!marked) continue;
    header[place] = marked.line;
    locations.push(...marked.locations);
    claimProblems.push(...marked.claimProblems);
  }
  const body = await collecting(failures, () => annotateBody(article, locations.length + 1));
  if (failures.length > 0 || !body) throw QuoteLocationError.together(failures);
  return { ...body, header, locations: [...locations, ...body.locations], claimProblems: [...claimProblems, ...body.claimProblems] };
}

const claimsIn = (article: ArticleToAnnotate, place: ClaimPlace) => article.claims.filter((claim) => (claim.in ?? 'body') === place);

/** Runs `work`, keeping the passages it could not locate in `failures`, so that every one is reported at once. */
async function collecting<Result>(failures: QuoteLocationError[], work: () => Promise<Result>): Promise<Result | undefined> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof QuoteLocationError)) throw error;
    failures.push(error);
    return undefined;
  }
}

async function annotateBody(article: ArticleToAnnotate, firstNumber: number) {
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeEditorialMarks, { notes: article.editorialNotes, source: article.articleFile })
    .use(rehypeClaimMarks, { claims: claimsIn(article, 'body'), source: article.claimsFile, firstNumber, unlocated: article.unlocatedClaims })
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

/**
 * A header line is one block of plain text: its claims are found in it alone, by the body's rules.
 * It gets no row of timeline pins: a headline is no paragraph, and its events are in the article's list.
 */
async function annotateLine(line: string, place: HeaderPlace, article: ArticleToAnnotate, firstNumber: number) {
  const processor = unified()
    .use(rehypeClaimMarks, { claims: claimsIn(article, place), source: article.claimsFile, place, firstNumber, unlocated: article.unlocatedClaims })
    .use(rehypeStringify);
  const block = h('p', { id: place }, line);
  const tree: Root = { type: 'root', children: [block] };
  const file = new VFile(line);
  await processor.run(tree, file);
  return {
    line: { html: processor.stringify({ type: 'root', children: block.children }), text: line },
    locations: file.data.claimLocations ?? [],
    claimProblems: file.data.claimProblems ?? [],
  };
}
