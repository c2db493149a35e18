import { describe, expect, it } from 'vitest';
import { annotationCollection } from '../../src/meta/web-annotations';

const location = { id: 'toll', block: 'p-as', range: { start: 40, end: 77 }, exact: 'the death toll had reached 139 people', prefix: 'went to press, ', suffix: '. The terrorists' };

const collection = annotationCollection({
  id: 'https://reader.test/annotations/piece.jsonld',
  label: 'Claims in “Piece”',
  creator: { id: 'https://reader.test/', name: 'Crocus Reader' },
  annotations: [
    {
      claimUrl: 'https://reader.test/articles/piece/#claim-toll',
      articleUrl: 'https://reader.test/articles/piece/',
      location,
      typeLabel: 'Figure',
      claimant: 'The Economist',
      summary: 'The toll had reached 139.',
      noteHtml: '<p>It rose later.</p>',
      assessment: 'Accurate when written: it rose to 144.',
      language: 'en-GB',
    },
  ],
});

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
});
