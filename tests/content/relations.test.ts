import { describe, expect, it } from 'vitest';
import { relatedClaims } from '../../src/content/relations';
import type { Entry } from '../../src/content/entries';
import type { ClaimData } from '../../src/content/schemas/claim';

const claim = (id: string, article: string, data: Partial<ClaimData> = {}) =>
  ({ id, data: { article, claimant: 'putin', sources: ['tass'], related: [], events: [], ...data } }) as Entry<ClaimData>;

describe('relatedClaims', () => {
  it('shows a relation declared once on both claims', () => {
    const one = claim('one', 'a', { related: [{ claim: 'two', relation: 'differs', note: 'Different tolls.' }] });
    const two = claim('two', 'b');
    const related = relatedClaims([one, two]);
    expect(related.get('one')).toEqual([{ claim: two, relation: 'differs', note: 'Different tolls.' }]);
    expect(related.get('two')).toEqual([{ claim: one, relation: 'differs', note: 'Different tolls.' }]);
  });
});
