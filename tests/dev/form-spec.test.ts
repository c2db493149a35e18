import { describe, expect, it } from 'vitest';
import { referenceProblems, type ContentToCheck } from '../../src/content/references';
import { claimSchema } from '../../src/content/schemas/claim';
import { CLAIM_REFERENCES, claimFormSchema } from '../../src/dev/form-spec';
import { CLAIM_TYPES } from '../../src/content/vocabulary';

describe('the claim form', () => {
  it('is drawn from every field of the claim schema, with the vocabulary’s labels on its closed lists', () => {
    const schema = claimFormSchema();
    expect(Object.keys(schema.properties ?? {})).toEqual(Object.keys(claimSchema.shape));
    expect(schema.properties!.type!.labels).toEqual(Object.fromEntries(Object.entries(CLAIM_TYPES).map(([key, { label }]) => [key, label])));
  });

  it('offers pickers for exactly the fields whose ids the build checks', () => {
    // One claim naming a missing entry in every field the form treats as a reference: the build must name each.
    const claim = claimSchema.parse({
      id: 'test-claim',
      article: 'test-article',
      quote: 'words',
      type: 'factual',
      claimant: 'missing-person',
      summary: 'S.',
      note: 'N.',
      sources: ['missing-source'],
      assessment: { verdict: 'accurate', reason: 'R.', sources: ['missing-assessment-source'], checked: '2026-12-01' },
      related: [{ claim: 'missing-claim', relation: 'agrees' }],
      events: ['missing-event'],
      figure: 'missing-figure',
    });
    const content: ContentToCheck = { articles: [{ id: 'test-article', data: {} as never }], claims: [{ id: claim.id, data: claim, filePath: 'claims.yaml' }], people: [], sources: [], events: [], figures: [], corrections: [], themes: [] };
    const problems = referenceProblems(content).join('\n');
    for (const [path, kind] of Object.entries(CLAIM_REFERENCES)) {
      expect(problems).toContain(`, ${path.split('.')[0]}`);
      expect(problems).toContain(`there is no ${kind} with the id "missing-`);
    }
    expect(problems.split('\n')).toHaveLength(Object.keys(CLAIM_REFERENCES).length);
  });
});
