import { describe, expect, it } from 'vitest';
import { claimFilterCss, facetValuesIn } from '../../src/claims/filters';

describe('claimFilterCss', () => {
  it('writes one hiding rule per facet value; an article hides the other articles’ groups', () => {
    const css = claimFilterCss({ article: ['economist'], type: ['figure', 'opinion'], claimant: [], verdict: ['none'] });
    expect(css.split('\n')).toEqual([
      '.claims-index:has(select[name="article"] option[value="economist"]:checked) .claim-group:not([data-article="economist"]){display:none}',
      '.claims-index:has(select[name="type"] option[value="figure"]:checked) .claim-row:not([data-type="figure"]){display:none}',
      '.claims-index:has(select[name="type"] option[value="opinion"]:checked) .claim-row:not([data-type="opinion"]){display:none}',
      '.claims-index:has(select[name="verdict"] option[value="none"]:checked) .claim-row:not([data-verdict="none"]){display:none}',
    ]);
  });

  it('refuses a value that could break out of the selector', () => {
    expect(() => claimFilterCss({ article: ['a"]{}*{display:none'], type: [], claimant: [], verdict: [] })).toThrow(/not a plain id/);
  });
});

describe('facetValuesIn', () => {
  it('offers only the types and verdicts some claim has, in the vocabulary’s order, no verdict last', () => {
    const claims = [
      { data: { type: 'opinion' as const, assessment: undefined } },
      { data: { type: 'figure' as const, assessment: { verdict: 'disputed' as const, reason: 'r', sources: [] } } },
      { data: { type: 'factual' as const, assessment: { verdict: 'accurate' as const, reason: 'r', sources: [] } } },
    ];
    expect(facetValuesIn(claims)).toEqual({ type: ['factual', 'figure', 'opinion'], verdict: ['accurate', 'disputed', 'none'] });
  });
});
