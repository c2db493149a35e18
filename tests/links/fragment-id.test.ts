import { describe, expect, it } from 'vitest';
import { fragmentId } from '../../src/links/fragment-id';

describe('fragment ids', () => {
  it('decodes the id a fragment names, without a text directive', () => {
    expect(fragmentId('#claim-economist-toll-139')).toBe('claim-economist-toll-139');
    expect(fragmentId('#p-caf%C3%A9:~:text=caf%C3%A9')).toBe('p-café');
    expect(fragmentId('')).toBe('');
  });

  it('gives nothing for malformed percent-encoding, rather than throwing', () => {
    expect(fragmentId('#claim-%E0%A4%A')).toBeUndefined();
    expect(fragmentId('#%')).toBeUndefined();
  });
});
