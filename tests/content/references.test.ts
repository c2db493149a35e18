import { describe, expect, it } from 'vitest';
import { referenceProblems, type ContentToCheck } from '../../src/content/references';

type Claim = ContentToCheck['claims'][number];

const claim = (id: string, article: string, data: Partial<Claim['data']> = {}): Claim =>
  ({
    id,
    filePath: `content/claims/${article}.yaml`,
    data: { article, claimant: 'putin', sources: ['tass'], related: [], events: [], ...data },
  }) as unknown as Claim;

const entry = <T>(id: string, data: object = {}) => ({ id, filePath: 'content/x.yaml', data }) as unknown as T;

function content(claims: Claim[]): ContentToCheck {
  return {
    articles: [entry('a'), entry('b')],
    claims,
    people: [entry('putin')],
    sources: [entry('tass')],
    events: [entry('attack', { people: ['putin'], sources: ['tass'], figures: [] })],
    figures: [],
    corrections: [],
    themes: [entry('warnings', { claims: ['one', 'missing'] })],
  };
}

describe('referenceProblems', () => {
  it('accepts content whose ids all exist', () => {
    const claims = [claim('one', 'a', { events: ['attack'] }), claim('two', 'b', { related: [{ claim: 'one', relation: 'agrees', note: undefined }] })];
    expect(referenceProblems({ ...content(claims), themes: [entry('warnings', { claims: ['one', 'two'] })] })).toEqual([]);
  });

  it('names the file, entry, field and missing id of every broken reference', () => {
    const problems = referenceProblems(
      content([claim('one', 'c', { claimant: 'nobody', events: ['no-event'], related: [{ claim: 'ghost', relation: 'differs', note: undefined }] })]),
    );
    expect(problems).toEqual([
      'content/claims/c.yaml: entry "one", article (the file name): there is no article with the id "c".',
      'content/claims/c.yaml: entry "one", claimant: there is no person with the id "nobody".',
      'content/claims/c.yaml: entry "one", events: there is no event with the id "no-event".',
      'content/claims/c.yaml: entry "one", related: there is no claim with the id "ghost".',
      'content/x.yaml: entry "warnings", claims: there is no claim with the id "missing".',
    ]);
  });

  it('refuses a relation declared on both sides or within one article', () => {
    const problems = referenceProblems(
      content([
        claim('one', 'a', { related: [{ claim: 'two', relation: 'agrees', note: undefined }] }),
        claim('two', 'b', { related: [{ claim: 'one', relation: 'agrees', note: undefined }] }),
        claim('three', 'a', { related: [{ claim: 'one', relation: 'adds', note: undefined }] }),
      ]),
    );
    expect(problems.filter((problem) => problem.startsWith('content/claims/'))).toEqual([
      'content/claims/b.yaml: entry "two", related: the relation one ↔ two is declared twice; declare it on one claim only.',
      'content/claims/a.yaml: entry "three", related: "one" is in the same article; related claims link the pieces to each other.',
    ]);
  });
});
