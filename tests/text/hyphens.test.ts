import { describe, expect, it } from 'vitest';
import { keepHyphenatedTogether, NON_BREAKING_HYPHEN } from '../../src/text/hyphens';

describe('keepHyphenatedTogether', () => {
  it('ties an abbreviation to its short tail', () => {
    expect(keepHyphenatedTogether('an ISIS-K cell')).toBe(`an ISIS${NON_BREAKING_HYPHEN}K cell`);
    expect(keepHyphenatedTogether('COVID-19 and MH-17.')).toBe(`COVID${NON_BREAKING_HYPHEN}19 and MH${NON_BREAKING_HYPHEN}17.`);
  });

  it('leaves ordinary compounds and ranges alone', () => {
    for (const text of ['co-operate', 'well-known', 'anti-Western', 'ISIS-Khorasan', '2014-2022', 'pro-ISIS']) expect(keepHyphenatedTogether(text)).toBe(text);
  });
});
