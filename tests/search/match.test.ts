import { describe, expect, it } from 'vitest';
import { words } from '../../src/text/fold';
import { excerpt, highlightRanges, holdsPhrase, matchesTerm, prefixDistance, unitsFound, wordSpans } from '../../src/search/match';
import { searchQuery } from '../../src/search/query';
import { receivedPieces } from '../support/received-texts';

const marked = (text: string, query: string) => highlightRanges(text, searchQuery(query).units).map(([start, end]) => text.slice(start, end));

describe('wordSpans', () => {
  it('finds each word where it is, folded as the index folds it', () => {
    expect(wordSpans('Mr Putin’s “war”, 2024.')).toEqual([
      { start: 0, end: 2, folded: 'mr' },
      { start: 3, end: 10, folded: 'putins' },
      { start: 12, end: 15, folded: 'war' },
      { start: 18, end: 22, folded: '2024' },
    ]);
  });

  it('reads the same words as the index does in every text as received', async () => {
    const pieces = await receivedPieces();
    expect(pieces.length).toBeGreaterThan(0);
    for (const { file, text } of pieces) expect(wordSpans(text).map((span) => span.folded), file).toEqual(words(text));
  });
});

describe('matchesTerm', () => {
  it('needs short words to begin a word, exactly', () => {
    expect(matchesTerm('wars', 'war')).toBe(true);
    expect(matchesTerm('toward', 'war')).toBe(false);
    expect(matchesTerm('war', 'wat')).toBe(false);
  });

  it('finds words beginning with the search word, despite a typo from five letters, two from ten, but never inside a word', () => {
    expect(matchesTerm('counterterrorism', 'terror')).toBe(false);
    expect(matchesTerm('crisis', 'isis')).toBe(false);
    expect(matchesTerm('tolls', 'toll')).toBe(true);
    expect(matchesTerm('medvedev', 'medvedv')).toBe(true);
    expect(matchesTerm('sergeyeva', 'sergeeva')).toBe(true);
    expect(matchesTerm('intelligence', 'inteligenze')).toBe(true);
    expect(matchesTerm('warn', 'wars')).toBe(false);
    expect(matchesTerm('medvedev', 'mdvdv')).toBe(false);
    expect(matchesTerm('spokesman', 'kerman')).toBe(false);
  });

  it('needs numbers exactly as typed, typos not forgiven', () => {
    expect(matchesTerm('390km', '390km')).toBe(true);
    expect(matchesTerm('300km', '390km')).toBe(false);
    expect(matchesTerm('1330', '133')).toBe(true);
    expect(matchesTerm('139', '133')).toBe(false);
  });
});

describe('prefixDistance', () => {
  it('counts the fewest edits to the beginning of a word, and stops early past the limit', () => {
    expect(prefixDistance('beslan', 'beslanx')).toBe(0);
    expect(prefixDistance('beslna', 'beslan')).toBe(1);
    expect(prefixDistance('putin', 'pitun')).toBe(2);
    expect(prefixDistance('kerman', 'spokesman')).toBe(4);
    expect(prefixDistance('kremlin', 'moscow', 1)).toBe(2);
  });
});

describe('highlightRanges', () => {
  it('marks whole words that match, typos forgiven', () => {
    expect(marked('Dmitry Medvedev, a former president, wrote on Telegram.', 'medvedv telegram')).toEqual(['Medvedev', 'Telegram']);
    expect(marked('Maria Sergeyeva’s post', 'sergeeva')).toEqual(['Sergeyeva’s']);
    expect(marked('no words', '')).toEqual([]);
  });

  it('marks a hyphenated name or a number only where all of it stands as typed', () => {
    expect(marked('ISIS-K, a branch of ISIS in a crisis, and K-pop', 'ISIS-K')).toEqual(['ISIS-K']);
    expect(marked('300,000 reservists, not 300 or 000', '300,000')).toEqual(['300,000']);
  });
});

describe('unitsFound and holdsPhrase', () => {
  const textWords = ['the', 'death', 'toll', 'rose', 'to', '145'];
  it('says which units of a query a text holds', () => {
    expect([...unitsFound(textWords, searchQuery('death penalty').units)]).toEqual([0]);
    expect([...unitsFound(textWords, searchQuery('penalty death').units)]).toEqual([1]);
    expect([...unitsFound(['isis', 'k'], searchQuery('ISIS-K').units)]).toEqual([0]);
    expect([...unitsFound(['isis', 'in', 'crisis'], searchQuery('ISIS-K').units)]).toEqual([]);
  });

  it('finds the whole phrase only where its words stand side by side, in order', () => {
    expect(holdsPhrase(textWords, ['death', 'toll'])).toBe(true);
    expect(holdsPhrase(textWords, ['toll', 'death'])).toBe(false);
    expect(holdsPhrase(['death', 'penalty', 'and', 'toll'], ['death', 'toll'])).toBe(false);
    expect(holdsPhrase(textWords, ['death'])).toBe(false);
  });
});

describe('excerpt', () => {
  const text = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen.';

  it('keeps a short text whole', () => {
    expect(excerpt('short', [[0, 5]], 100)).toEqual({ text: 'short', ranges: [[0, 5]], before: false, after: false });
  });

  it('cuts a long text at spaces around the first match, moving the highlights with it', () => {
    const at = text.indexOf('twelve');
    const cut = excerpt(text, [[at, at + 6]], 30);
    expect(cut.before && cut.after).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(30);
    expect(cut.text).not.toMatch(/^\S*\s*$|^ | $/);
    const [[start, end]] = cut.ranges as [[number, number]];
    expect(cut.text.slice(start, end)).toBe('twelve');
  });

  it('starts at the beginning when nothing is highlighted', () => {
    expect(excerpt(text, [], 20)).toMatchObject({ text: 'One two three four', before: false, after: true });
  });
});
