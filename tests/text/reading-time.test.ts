import { describe, expect, it } from 'vitest';
import { readingMinutes, wordCount } from '../../src/text/reading-time';

describe('reading time', () => {
  it('counts words and rounds to whole minutes, at least one', () => {
    expect(wordCount('One two—three, four.')).toBe(4);
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(1000))).toBe(4);
  });
});
