import { describe, expect, it } from 'vitest';
import type { Claim, Person } from '../../src/content/entries';
import { articleEntry } from '../support/entries';
import { articleJsonLd, claimJsonLd, scriptJson, type JsonLd } from '../../src/meta/json-ld';

/** Each schema.org type used, with the properties this site promises (Google's required and recommended ones among them). */
const REQUIRED: Record<string, string[]> = {
  AnalysisNewsArticle: ['headline', 'url', 'image', 'author', 'publisher', 'inLanguage', 'isBasedOn'],
  OpinionNewsArticle: ['headline', 'url', 'image', 'author', 'publisher', 'inLanguage', 'isBasedOn'],
  Claim: ['text', 'author', 'appearance'],
  ClaimReview: ['url', 'claimReviewed', 'itemReviewed', 'reviewRating', 'author'],
  Rating: ['alternateName', 'ratingExplanation'],
  CorrectionComment: ['text', 'datePublished', 'url'],
  Organization: ['name'],
  Person: ['name'],
  ImageObject: ['url'],
};
/** Nested works (the original a piece is based on, where a claim appears) need less. */
const NESTED_WORK = ['headline', 'publisher'];

/** Every problem with a JSON-LD tree: unknown types, missing properties, relative URLs. */
function shapeProblems(node: unknown, path = '$', root = true): string[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => shapeProblems(item, `${path}[${index}]`, false));
  if (typeof node !== 'object' || node === null) return [];
  const data = node as JsonLd;
  const problems: string[] = [];
  if (root && data['@context'] !== 'https://schema.org') problems.push(`${path}: @context should be https://schema.org`);
  const type = data['@type'];
  if (type !== undefined) {
    const required = root || !type.endsWith('NewsArticle') ? REQUIRED[type] : NESTED_WORK;
    if (!required) problems.push(`${path}: unexpected @type ${type}`);
    for (const property of required ?? []) if (data[property] === undefined) problems.push(`${path} (${type}): no ${property}`);
  } else if (typeof data.name !== 'string') {
    problems.push(`${path}: an untyped node should at least be named`);
  }
  for (const [key, value] of Object.entries(data)) {
    if ((key === 'url' || key === '@id' || key === 'image') && !/^https:\/\//.test(String(value))) problems.push(`${path}.${key}: not an absolute URL`);
    problems.push(...shapeProblems(value, `${path}.${key}`, false));
  }
  return problems;
}

const URLS = {
  url: 'https://example.org/reader/articles/x/',
  image: 'https://example.org/reader/og/articles/x.png',
  home: 'https://example.org/reader/',
  logo: 'https://example.org/reader/favicon.svg',
};

const article = articleEntry;

const person = (name: string, kind: Person['data']['kind']): Person => ({ id: 'p', data: { id: 'p', name, kind, role: 'Role', aliases: [] } }) as Person;

const claim = (data: Partial<Claim['data']>): Claim =>
  ({
    id: 'toll',
    data: { id: 'toll', article: 'x', quote: 'the toll had reached 139', type: 'figure', claimant: 'p', summary: 'The toll was 139.', note: 'Note.', sources: ['s'], related: [], events: [], ...data },
  }) as unknown as Claim;

describe('JSON-LD for a piece', () => {
  it('describes an analysis based on its original, with the original’s URL and date', () => {
    const data = articleJsonLd(article('x', { rubric: 'The uses of terror', standfirst: 'A standfirst' }), URLS);
    expect(shapeProblems(data)).toEqual([]);
    expect(data).toMatchObject({
      '@type': 'AnalysisNewsArticle',
      url: URLS.url,
      alternativeHeadline: 'The uses of terror',
      description: 'A standfirst',
      author: { '@type': 'Organization', name: 'The Example' },
      publisher: { '@type': 'Organization', name: 'Crocus Reader', url: URLS.home, logo: { '@type': 'ImageObject', url: URLS.logo } },
      isBasedOn: { '@type': 'AnalysisNewsArticle', url: 'https://example.org/piece', datePublished: '2024-03-27', publisher: { name: 'The Example' } },
    });
  });

  it('dates the copy: published here on the day it says, modified at its latest check or correction', () => {
    const piece = article('x', { publishedHere: '2026-11-21' });
    expect(articleJsonLd(piece, URLS, [], '2026-12-01')).toMatchObject({ datePublished: '2026-11-21', dateModified: '2026-12-01' });
    const corrected = [{ date: '2026-12-03', summary: 'Later.', url: 'https://example.org/reader/about/#correction-c' }];
    expect(articleJsonLd(piece, URLS, corrected, '2026-12-01').dateModified).toBe('2026-12-03');
    expect(articleJsonLd(article('x', {}), URLS)).not.toHaveProperty('datePublished');
  });

  it('lists the corrections of a copy, the newest dating its last change', () => {
    const corrections = [
      { date: '2024-04-02', summary: 'Second.', url: 'https://example.org/reader/about/#correction-b' },
      { date: '2024-04-01', summary: 'First.', url: 'https://example.org/reader/about/#correction-a' },
    ];
    const data = articleJsonLd(article('x', {}), URLS, corrections);
    expect(shapeProblems(data)).toEqual([]);
    expect(data.dateModified).toBe('2024-04-02');
    expect(data.correction).toEqual(corrections.map(({ date, summary, url }) => ({ '@type': 'CorrectionComment', text: summary, datePublished: date, url })));
    expect(articleJsonLd(article('x', {}), URLS)).not.toHaveProperty('correction');
  });

  it('describes an editorial known from a reprint without inventing its URL or date', () => {
    const data = articleJsonLd(
      article('y', { kind: 'editorial', dates: [{ date: '2024-03-26', meaning: 'reprinted' }], source: { label: 'A reprint', kind: 'reprint' } }),
      URLS,
    );
    expect(shapeProblems(data)).toEqual([]);
    expect(data['@type']).toBe('OpinionNewsArticle');
    expect(data.isBasedOn).toEqual({ '@type': 'OpinionNewsArticle', headline: 'A headline', publisher: { '@type': 'Organization', name: 'The Example' } });
  });

  it('names a signed piece’s author as a person', () => {
    expect(articleJsonLd(article('z', { byline: { signed: true, name: 'A Writer' } }), URLS).author).toEqual({ '@type': 'Person', name: 'A Writer' });
  });
});

describe('JSON-LD for a claim', () => {
  const claimUrls = { ...URLS, url: 'https://example.org/reader/claims/toll/', passage: 'https://example.org/reader/articles/x/#claim-toll' };

  it('reviews a checkable, assessed claim, which appears in its passage here', () => {
    const assessed = claim({ assessment: { verdict: 'accurate-then', reason: 'Right then; revised later.', sources: ['s'], checked: '2026-11-21', history: [] } });
    const data = claimJsonLd(assessed, person('The Example', 'outlet'), article('x', {}), claimUrls);
    expect(shapeProblems(data)).toEqual([]);
    expect(data).toMatchObject({
      '@type': 'ClaimReview',
      url: claimUrls.url,
      claimReviewed: 'the toll had reached 139',
      reviewRating: { '@type': 'Rating', alternateName: 'Accurate when written', ratingExplanation: 'Right then; revised later.' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'The Example' },
        appearance: { '@type': 'AnalysisNewsArticle', url: claimUrls.passage, headline: 'A headline' },
      },
    });
  });

  it('dates a review from its first check to its latest, and names the original as where the claim first appeared', () => {
    const redecided = claim({
      assessment: {
        verdict: 'accurate',
        reason: 'Borne out.',
        sources: ['s'],
        checked: '2026-12-01',
        history: [{ verdict: 'unverified', reason: 'Not found then.', checked: '2026-11-21' }],
      },
    });
    const data = claimJsonLd(redecided, person('The Example', 'outlet'), article('x', {}), claimUrls);
    expect(shapeProblems(data)).toEqual([]);
    expect(data).toMatchObject({ datePublished: '2026-11-21', dateModified: '2026-12-01' });
    expect(data.itemReviewed).toMatchObject({ firstAppearance: { '@type': 'AnalysisNewsArticle', url: 'https://example.org/piece' } });
    const reprinted = article('y', { kind: 'editorial', source: { label: 'A reprint', kind: 'reprint' } });
    expect(claimJsonLd(redecided, person('The Example', 'outlet'), reprinted, claimUrls).itemReviewed).not.toHaveProperty('firstAppearance');
  });

  it('describes an unassessed claim as a Claim alone, its claimant typed as a person or an organisation', () => {
    const opinion = claimJsonLd(claim({ type: 'opinion' }), person('Vladimir Putin', 'person'), article('x', {}), claimUrls);
    expect(shapeProblems(opinion)).toEqual([]);
    expect(opinion).toMatchObject({ '@type': 'Claim', url: claimUrls.url, author: { '@type': 'Person', name: 'Vladimir Putin' } });
    expect(opinion).not.toHaveProperty('reviewRating');
    const byGroup = claimJsonLd(claim({ type: 'attributed' }), person('US officials', 'group'), article('x', {}), claimUrls);
    expect(byGroup.author).toEqual({ '@type': 'Organization', name: 'US officials' });
  });
});

describe('JSON in a script element', () => {
  it('cannot close the script, whatever the text says', () => {
    const text = scriptJson({ '@type': 'Claim', text: 'a </script><script>alert(1)</script> b' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ '@type': 'Claim', text: 'a </script><script>alert(1)</script> b' });
  });
});
