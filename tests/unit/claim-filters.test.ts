import { describe, expect, it } from 'vitest';
import { claimFilterCss } from '../../src/lib/claim-filters';

describe('claimFilterCss', () => {
  it('writes one hiding rule per facet value; a piece hides the other pieces’ groups', () => {
    const css = claimFilterCss({ piece: ['economist'], type: ['figure', 'opinion'], claimant: [], assessment: ['none'] });
    expect(css.split('\n')).toEqual([
      '.claims-index:has(select[name="piece"] option[value="economist"]:checked) .claim-group:not([data-piece="economist"]){display:none}',
      '.claims-index:has(select[name="type"] option[value="figure"]:checked) .claim-row:not([data-type="figure"]){display:none}',
      '.claims-index:has(select[name="type"] option[value="opinion"]:checked) .claim-row:not([data-type="opinion"]){display:none}',
      '.claims-index:has(select[name="assessment"] option[value="none"]:checked) .claim-row:not([data-assessment="none"]){display:none}',
    ]);
  });

  it('refuses a value that could break out of the selector', () => {
    expect(() => claimFilterCss({ piece: ['a"]{}*{display:none'], type: [], claimant: [], assessment: [] })).toThrow(/not a plain id/);
  });
});
