import { describe, expect, it } from 'vitest';
import { describeDifference, findQuote, foldWithOffsets } from '../../src/annotate/quote-search';

const TEXT = 'On March 19th Mr Putin blasted the American warnings as “blackmail” intended to “intimidate and destabilise our society”.\nThree days later gunmen attacked — a show by Piknik…';

describe('foldWithOffsets', () => {
  it('maps every folded character back to the original', () => {
    const folded = foldWithOffsets('a “b”\n\n c…');
    expect(folded.text).toBe('a "b" c...');
    expect(folded.starts.slice(-3)).toEqual([9, 9, 9]);
    expect(folded.ends[5]).toBe(8);
  });
});

describe('findQuote', () => {
  it('finds a quote typed with straight quotes and plain dashes, returning original offsets', () => {
    const result = findQuote(TEXT, { quote: 'warnings as "blackmail" intended' });
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    expect(TEXT.slice(result.range.start, result.range.end)).toBe('warnings as “blackmail” intended');
  });

  it('folds white space, dashes and ellipses, and crosses line breaks', () => {
    const result = findQuote(TEXT, { quote: 'gunmen   attacked - a show by Piknik...' });
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    expect(TEXT.slice(result.range.start, result.range.end)).toBe('gunmen attacked — a show by Piknik…');
  });

  it('is strict about letters and case', () => {
    expect(findQuote(TEXT, { quote: 'blasted the american warnings' }).status).toBe('not-found');
  });

  it('does not match inside a word', () => {
    expect(findQuote('Russia unleased its missiles', { quote: 'leased' }).status).toBe('not-found');
  });

  it('reports every occurrence of an ambiguous quote, and a prefix or suffix picks one', () => {
    const text = 'Mr Putin said one thing. Later Mr Putin said another.';
    const ambiguous = findQuote(text, { quote: 'Mr Putin said' });
    expect(ambiguous).toEqual({ status: 'ambiguous', ranges: [{ start: 0, end: 13 }, { start: 31, end: 44 }] });
    expect(findQuote(text, { quote: 'Mr Putin said', prefix: 'Later' })).toEqual({ status: 'found', range: { start: 31, end: 44 } });
    expect(findQuote(text, { quote: 'Mr Putin said', suffix: 'one thing' })).toEqual({ status: 'found', range: { start: 0, end: 13 } });
  });

  it('points at the closest passage when a quote is not found', () => {
    const result = findQuote(TEXT, { quote: 'Mr Putin criticised the American warnings' });
    expect(result.status).toBe('not-found');
    if (result.status !== 'not-found' || !result.closest) throw new Error('expected a closest passage');
    expect(TEXT.slice(result.closest.start, result.closest.end)).toBe('Mr Putin blasted the American warnings');
  });
});

describe('describeDifference', () => {
  it('says which words differ', () => {
    expect(describeDifference('Mr Putin criticised the warnings', 'Mr Putin blasted the American warnings')).toEqual([
      '“criticised” in the quote is “blasted” in the text',
      '“American” is in the text but not in the quote',
    ]);
  });
});
