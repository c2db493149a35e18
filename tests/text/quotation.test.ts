import { describe, expect, it } from 'vitest';
import { quoted } from '../../src/text/quotation';

describe('quotation', () => {
  it('sets a passage in quotation marks, turning its own into single ones', () => {
    expect(quoted('the death toll had reached 139 people')).toBe('“the death toll had reached 139 people”');
    expect(quoted('“Who benefits from this?” he asked')).toBe('“‘Who benefits from this?’ he asked”');
  });
});
