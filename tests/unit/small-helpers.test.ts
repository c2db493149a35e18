import { describe, expect, it } from 'vitest';
import { firstPublished, inPublicationOrder, knowledgeLine } from '../../src/lib/article-dates';
import { formatDate, formatMonth } from '../../src/lib/dates';
import { words } from '../../src/lib/fold-text';
import { fragmentId } from '../../src/lib/fragment-id';
import { quoted } from '../../src/lib/quotation';
import { readingMinutes, wordCount } from '../../src/lib/reading-time';

describe('dates', () => {
  it('formats day and month precision', () => {
    expect(formatDate('2024-03-07')).toBe('7 March 2024');
    expect(formatMonth('2014-02-01')).toBe('February 2014');
  });

  it('takes the first publication date, not the date a piece was written', () => {
    expect(
      firstPublished([
        { date: '2024-03-26', meaning: 'reprinted' },
        { date: '2024-03-23', meaning: 'written' },
      ]),
    ).toBe('2024-03-26');
    expect(
      firstPublished([
        { date: '2024-03-30', meaning: 'print-edition' },
        { date: '2024-03-27', meaning: 'published-online' },
      ]),
    ).toBe('2024-03-27');
  });

  it('stops what a piece could know at the day it was written, else when it was first out online or in print, else its reprint', () => {
    expect(
      knowledgeLine([
        { date: '2024-03-26', meaning: 'reprinted' },
        { date: '2024-03-23', meaning: 'written' },
      ]),
    ).toEqual({ date: '2024-03-23', basis: 'written' });
    expect(
      knowledgeLine([
        { date: '2024-03-30', meaning: 'print-edition' },
        { date: '2024-03-27', meaning: 'published-online' },
      ]),
    ).toEqual({ date: '2024-03-27', basis: 'published' });
    expect(knowledgeLine([{ date: '2024-03-26', meaning: 'reprinted' }])).toEqual({ date: '2024-03-26', basis: 'reprinted' });
  });

  it('orders articles by first publication', () => {
    const economist = { id: 'economist', data: { dates: [{ date: '2024-03-27', meaning: 'published-online' as const }] } };
    const post = { id: 'post', data: { dates: [{ date: '2024-03-26', meaning: 'reprinted' as const }, { date: '2024-03-23', meaning: 'written' as const }] } };
    expect(inPublicationOrder([economist, post]).map((article) => article.id)).toEqual(['post', 'economist']);
  });
});

describe('quotation', () => {
  it('sets a passage in quotation marks, turning its own into single ones', () => {
    expect(quoted('the death toll had reached 139 people')).toBe('“the death toll had reached 139 people”');
    expect(quoted('“Who benefits from this?” he asked')).toBe('“‘Who benefits from this?’ he asked”');
  });
});

describe('text folding', () => {
  it('splits text into folded words', () => {
    expect(words('Mr. Putin’s 390km “blackmail”')).toEqual(['mr', 'putins', '390km', 'blackmail']);
  });
});

describe('reading time', () => {
  it('counts words and rounds to whole minutes, at least one', () => {
    expect(wordCount('One two—three, four.')).toBe(4);
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(1000))).toBe(4);
  });
});

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
