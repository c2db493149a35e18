import { describe, expect, it } from 'vitest';
import { annotationCollection } from '../../src/meta/web-annotations';
import type { ClaimLocation } from '../../src/annotate/rehype-claim-marks';

const location: ClaimLocation = { id: 'toll', in: 'body', number: 1, block: 'p-as', range: { start: 40, end: 77 }, exact: 'the death toll had reached 139 people', prefix: 'went to press, ', suffix: '. The terrorists' };

const bodyClaim = {
  claimUrl: 'https://reader.test/articles/piece/#claim-toll',
  articleUrl: 'https://reader.test/articles/piece/',
  location,
  container: '#article-body',
  typeLabel: 'Figure',
  claimant: 'The Economist',
  summary: 'The toll had reached 139.',
  noteHtml: '<p>It rose later.</p>',
  assessment: 'Accurate when written: it rose to 144.',
  language: 'en-GB',
};

const collectionOf = (annotations: (typeof bodyClaim)[]) =>
  annotationCollection({
    id: 'https://reader.test/annotations/piece.jsonld',
    label: 'Claims in “Piece”',
    creator: { id: 'https://reader.test/', name: 'Crocus Reader' },
    annotations,
  });

const collection = collectionOf([bodyClaim]);

describe('annotationCollection', () => {
  it('is an AnnotationCollection with one embedded page that describes its collection', () => {
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://reader.test/annotations/piece.jsonld',
      type: 'AnnotationCollection',
      total: 1,
      first: {
        type: 'AnnotationPage',
        startIndex: 0,
        partOf: { id: 'https://reader.test/annotations/piece.jsonld', total: 1 },
      },
    });
  });

  it('makes each claim an annotation whose id is its deep link and whose target selects the quote two ways', () => {
    const [annotation] = collection.first.items;
    expect(annotation).toMatchObject({
      id: 'https://reader.test/articles/piece/#claim-toll',
      type: 'Annotation',
      motivation: 'assessing',
      target: {
        type: 'SpecificResource',
        source: 'https://reader.test/articles/piece/',
        selector: [
          { type: 'TextQuoteSelector', exact: location.exact, prefix: location.prefix, suffix: location.suffix },
          { type: 'CssSelector', value: '#article-body', refinedBy: { type: 'TextPositionSelector', start: 40, end: 77 } },
        ],
      },
    });
    expect(annotation!.body.map((body) => body.purpose)).toEqual(['describing', 'commenting', 'classifying', 'tagging', 'assessing']);
    expect(annotation!.body[1]).toEqual({ type: 'TextualBody', purpose: 'commenting', value: '<p>It rose later.</p>', format: 'text/html', language: 'en' });
  });

  it('selects a header claim from its own line: quote and positions both refine that element', () => {
    const headline: ClaimLocation = { id: 'blames', in: 'headline', number: 1, block: 'headline', range: { start: 9, end: 15 }, exact: 'Putin', prefix: 'Vladimir ', suffix: ' blames' };
    const [annotation] = collectionOf([{ ...bodyClaim, claimUrl: 'https://reader.test/articles/piece/#claim-blames', location: headline, container: '#article-headline' }]).first.items;
    expect(annotation!.target.selector).toEqual([
      { type: 'CssSelector', value: '#article-headline', refinedBy: { type: 'TextQuoteSelector', exact: 'Putin', prefix: 'Vladimir ', suffix: ' blames' } },
      { type: 'CssSelector', value: '#article-headline', refinedBy: { type: 'TextPositionSelector', start: 9, end: 15 } },
    ]);
  });
});
