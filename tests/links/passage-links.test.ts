import { describe, expect, it } from 'vitest';
import { MAX_QUOTE_LENGTH, passageFromQuery, passageUrl, selectorFor, snapToWords, wordsAfter, wordsBefore } from '../../src/links/passage-links';
import { findQuote } from '../../src/annotate/quote-search';

const TEXT = 'The attack was a failure. The attack was, he said, a “provocation”. Nothing more.';

const rangeOf = (text: string, passage: string, from = 0) => {
  const start = text.indexOf(passage, from);
  return { start, end: start + passage.length };
};

describe('snapping a selection to whole words', () => {
  it('widens cut words and trims white space', () => {
    // "ttack was a fail" → "attack was a failure"
    expect(snapToWords(TEXT, { start: 5, end: 20 })).toEqual(rangeOf(TEXT, 'attack was a failure'));
    expect(snapToWords(TEXT, { start: 3, end: 12 })).toEqual(rangeOf(TEXT, 'attack was'));
  });

  it('keeps punctuation the reader selected', () => {
    const range = rangeOf(TEXT, '“provocation”.');
    expect(snapToWords(TEXT, range)).toEqual(range);
  });

  it('refuses a selection of white space or punctuation alone', () => {
    expect(snapToWords(TEXT, rangeOf(TEXT, '. '))).toBeUndefined();
    expect(snapToWords(TEXT, rangeOf(TEXT, '”.'))).toBeUndefined();
  });
});

describe('context words', () => {
  it('takes up to three words either side, within the limits', () => {
    const range = rangeOf(TEXT, 'a “provocation”');
    expect(wordsBefore(TEXT, range.start, 0)).toBe('was, he said,');
    expect(wordsAfter(TEXT, range.end, TEXT.length)).toBe('. Nothing more.');
    expect(wordsBefore(TEXT, range.start, range.start)).toBe('');
  });
});

describe('the shortest selector that finds a passage', () => {
  it('is the quote alone when its words occur once', () => {
    const range = rangeOf(TEXT, 'he said');
    expect(selectorFor(TEXT, range, { start: 0, end: TEXT.length })).toEqual({ quote: 'he said' });
  });

  it('adds the words before when the quote repeats, and the result finds the same place', () => {
    const range = rangeOf(TEXT, 'The attack was', 5);
    const selector = selectorFor(TEXT, range, { start: 0, end: TEXT.length });
    expect(selector).toEqual({ quote: 'The attack was', prefix: 'was a failure.' });
    expect(findQuote(TEXT, selector)).toEqual({ status: 'found', range });
  });

  it('uses the words after when the passage opens its paragraph', () => {
    const range = rangeOf(TEXT, 'The attack was', 5);
    const selector = selectorFor(TEXT, range, { start: range.start, end: TEXT.length });
    expect(selector).toEqual({ quote: 'The attack was', suffix: ', he said,' });
    expect(findQuote(TEXT, selector)).toEqual({ status: 'found', range });
  });
});

describe('passage URLs', () => {
  it('carry the quote as a query, then the paragraph id and the text directive', () => {
    const url = passageUrl('https://example.org/reader/articles/x/?old=1#p-old', { quote: 'he said “no” & left', prefix: '' }, 'p-the-attack', ':~:text=he%20said');
    expect(url).toBe('https://example.org/reader/articles/x/?quote=he+said+%E2%80%9Cno%E2%80%9D+%26+left#p-the-attack:~:text=he%20said');
    expect(passageFromQuery(new URL(url).search)).toEqual({ quote: 'he said “no” & left' });
  });

  it('read back prefix and suffix, and ignore empty or overlong values', () => {
    expect(passageFromQuery('?quote=a+b&prefix=x&suffix=%20')).toEqual({ quote: 'a b', prefix: 'x' });
    expect(passageFromQuery('?quote=%20')).toBeUndefined();
    expect(passageFromQuery('')).toBeUndefined();
    expect(passageFromQuery(`?quote=${'a'.repeat(MAX_QUOTE_LENGTH + 1)}`)).toBeUndefined();
    expect(passageFromQuery(`?quote=a&prefix=${'b'.repeat(500)}`)).toEqual({ quote: 'a' });
  });

  it('take hostile values as plain text and never throw', () => {
    // A broken UTF-8 sequence decodes to U+FFFD; a lone % stays itself.
    expect(passageFromQuery('?quote=%E0%A4%A&prefix=%')).toEqual({ quote: '\uFFFD%A', prefix: '%' });
    expect(passageFromQuery('?quote=<img src=x onerror=alert(1)>')).toEqual({ quote: '<img src=x onerror=alert(1)>' });
  });
});
