import { describe, expect, it } from 'vitest';
import { allOf, anyOf, capitalised, countInWords, listInWords, theCounted } from '../../src/text/in-words';

describe('in words', () => {
  it('counts in words up to twelve, in digits beyond, with the right number of the noun', () => {
    expect(countInWords(1, 'piece')).toBe('one piece');
    expect(countInWords(2, 'piece')).toBe('two pieces');
    expect(countInWords(13, 'piece')).toBe('13 pieces');
    expect(countInWords(0, 'person', 'people')).toBe('no people');
  });

  it('lists one, two or more items as running text', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['The Economist'])).toBe('The Economist');
    expect(listInWords(['The Economist', 'The Washington Post'])).toBe('The Economist and The Washington Post');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('says “either” and “both” only of two', () => {
    expect([anyOf(2, 'piece'), allOf(2, 'piece')]).toEqual(['Either piece', 'Both pieces']);
    expect([anyOf(3, 'piece'), allOf(3, 'piece')]).toEqual(['Any piece', 'All three pieces']);
    expect([anyOf(1, 'piece'), allOf(1, 'piece')]).toEqual(['The piece', 'The piece']);
  });

  it('names one piece or counts several', () => {
    expect([theCounted(1, 'piece'), theCounted(2, 'piece'), theCounted(3, 'piece')]).toEqual(['the piece', 'the two pieces', 'the three pieces']);
  });

  it('capitalises the first letter only', () => {
    expect(capitalised('two pieces on Crocus')).toBe('Two pieces on Crocus');
  });
});
