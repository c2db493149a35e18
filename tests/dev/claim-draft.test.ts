import { describe, expect, it } from 'vitest';
import { selectorOf, suggestClaimId } from '../../src/dev/claim-draft';

const TEXT = 'Mr Putin said so on Monday. Later Mr Putin said so again. Mr Putin said so, and so on.';
const PARAGRAPH = { id: 'p-one', start: 0, end: TEXT.length };
const occurrence = (words: string, index: number) => {
  let start = -1;
  for (let seen = 0; seen <= index; seen++) start = TEXT.indexOf(words, start + 1);
  return { start, end: start + words.length };
};

describe('selectorOf', () => {
  it('writes the quote alone when its words occur once', () => {
    expect(selectorOf(TEXT, [PARAGRAPH], occurrence('on Monday', 0), PARAGRAPH)).toEqual({ quote: 'on Monday' });
  });

  it('adds a prefix or a suffix only when the words repeat, the shortest that finds them', () => {
    expect(selectorOf(TEXT, [PARAGRAPH], occurrence('Mr Putin said so', 1), PARAGRAPH)).toEqual({ quote: 'Mr Putin said so', prefix: 'on Monday. Later' });
    expect(selectorOf(TEXT, [PARAGRAPH], occurrence('Mr Putin said so', 0), PARAGRAPH)).toEqual({ quote: 'Mr Putin said so', suffix: 'on Monday. Later' });
  });

  it('refuses words that context within the paragraph cannot tell apart', () => {
    const text = 'so so so so so so so so so';
    const paragraph = { id: 'p', start: 0, end: text.length };
    expect(selectorOf(text, [paragraph], { start: 12, end: 14 }, paragraph)).toEqual({ refused: expect.stringContaining('Select a longer passage') });
  });
});

describe('suggestClaimId', () => {
  const context = { articleId: 'washington-post-enemy-of-all', articleClaimIds: ['post-toll', 'post-warning', 'washington-x'], isTaken: () => false };

  it('starts with the prefix most of the article’s claims share, then the quote’s first telling words', () => {
    expect(suggestClaimId('There is nothing to celebrate in this incident.', context)).toBe('post-nothing-celebrate-incident');
    expect(suggestClaimId('U.S. officials have identified as likely perpetrators', context)).toBe('post-u-s-officials-identified');
  });

  it('uses the article id’s first word for an article without claims, and numbers an id that is taken or was published', () => {
    const taken = new Set(['economist-death-toll-139', 'economist-death-toll-139-2']);
    expect(suggestClaimId('the death toll: 139', { articleId: 'economist-uses-of-terror', articleClaimIds: [], isTaken: (id) => taken.has(id) })).toBe('economist-death-toll-139-3');
  });
});
