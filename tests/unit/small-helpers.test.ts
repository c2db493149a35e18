import { describe, expect, it } from 'vitest';
import { firstPublished } from '../../src/lib/article-dates';
import { formatDate, formatMonth } from '../../src/lib/dates';
import { foldForComparison, words } from '../../src/lib/fold-text';
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
});

describe('text folding', () => {
  it('folds quotes, dashes, accents and spacing', () => {
    expect(foldForComparison('  “Sergéyeva’s”\u00A0post — here…')).toBe('"sergeyeva\'s" post - here...');
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
