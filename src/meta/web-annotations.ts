import type { LocatedQuote } from '../annotate/locate-quotes';

/**
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) for the
 * site's claims: one AnnotationCollection per article, its annotations embedded in
 * a single AnnotationPage.
 */

const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The element whose text a body claim's positions count: the article body, nothing else. */
export const ARTICLE_BODY_SELECTOR = '#article-body';

export interface ClaimAnnotationInput {
  /** The claim's deep link, which is also the annotation's id. */
  claimUrl: string;
  articleUrl: string;
  location: LocatedQuote;
  /**
   * The element whose text the positions count in: the article body, or for a
   * claim in the page header the line it is in (`#article-headline`), whose quote
   * context is that line alone.
   */
  container: string;
  typeLabel: string;
  claimant: string;
  summary: string;
  /** The context note, rendered to HTML. */
  noteHtml: string;
  /** "Accurate when written: the toll rose…" when the claim is assessed. */
  assessment?: string | undefined;
  language: string;
}

export interface CollectionInput {
  id: string;
  label: string;
  creator: { id: string; name: string };
  annotations: ClaimAnnotationInput[];
}

function claimAnnotation(input: ClaimAnnotationInput, creator: CollectionInput['creator']) {
  const textBody = (purpose: string, value: string, format = 'text/plain') => ({ type: 'TextualBody', purpose, value, format, language: 'en' });
  return {
    id: input.claimUrl,
    type: 'Annotation',
    motivation: input.assessment ? 'assessing' : 'commenting',
    creator: { id: creator.id, type: 'Software', name: creator.name },
    body: [
      textBody('describing', input.summary),
      textBody('commenting', input.noteHtml, 'text/html'),
      textBody('classifying', input.typeLabel),
      textBody('tagging', `Claimant: ${input.claimant}`),
      ...(input.assessment ? [textBody('assessing', input.assessment)] : []),
    ],
    target: {
      type: 'SpecificResource',
      source: input.articleUrl,
      selector: selectors(input),
    },
  };
}

/**
 * Positions count characters of the container's text, so they are given relative
 * to that element. A body claim's quote context is the body's, which is the page's
 * text around it; a header line's is the line alone, so its quote is refined from
 * the line's element too.
 */
function selectors({ location, container }: ClaimAnnotationInput) {
  const quote = { type: 'TextQuoteSelector', exact: location.exact, prefix: location.prefix, suffix: location.suffix };
  const position = { type: 'CssSelector', value: container, refinedBy: { type: 'TextPositionSelector', start: location.range.start, end: location.range.end } };
  return container === ARTICLE_BODY_SELECTOR ? [quote, position] : [{ type: 'CssSelector', value: container, refinedBy: quote }, position];
}

export function annotationCollection(input: CollectionInput) {
  const items = input.annotations.map((annotation) => claimAnnotation(annotation, input.creator));
  return {
    '@context': ANNOTATION_CONTEXT,
    id: input.id,
    type: 'AnnotationCollection',
    label: input.label,
    creator: { id: input.creator.id, type: 'Software', name: input.creator.name },
    total: items.length,
    first: {
      id: `${input.id}#page-1`,
      type: 'AnnotationPage',
      // The collection described, not just named: clients reading the page alone learn its size.
      partOf: { id: input.id, label: input.label, total: items.length },
      startIndex: 0,
      items,
    },
  };
}
