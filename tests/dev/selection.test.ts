import { describe, expect, it } from 'vitest';
import { judgeSelection } from '../../src/dev/selection';

const TEXT = 'The Islamic State claimed responsibility online. U.S. officials have identified the group.\nThere is nothing to celebrate.';
const at = (words: string, from = 0) => ({ start: TEXT.indexOf(words, from), end: TEXT.indexOf(words, from) + words.length });
const PARAGRAPHS = [
  { id: 'p-one', start: 0, end: TEXT.indexOf('\n') },
  { id: 'p-two', start: TEXT.indexOf('\n') + 1, end: TEXT.length },
];
const CLAIMS = [
  { id: 'claimed', ...at('The Islamic State claimed responsibility online.') },
  { id: 'identified', ...at('U.S. officials have identified the group') },
];

describe('judgeSelection', () => {
  it('offers a new claim on words of one paragraph, widened to whole words, saying which claims it lies in', () => {
    const verdict = judgeSelection(TEXT, PARAGRAPHS, CLAIMS, { start: at('slamic State').start, end: at('claimed').end });
    expect(verdict).toEqual({ kind: 'new', range: at('Islamic State claimed'), paragraph: PARAGRAPHS[0], within: ['claimed'] });
  });

  it('finds the claim the words already are, give or take punctuation at the edges', () => {
    expect(judgeSelection(TEXT, PARAGRAPHS, CLAIMS, at('The Islamic State claimed responsibility online'))).toEqual({ kind: 'existing', claim: 'claimed' });
    expect(judgeSelection(TEXT, PARAGRAPHS, CLAIMS, at('officials have identified the group'))).toMatchObject({ kind: 'new', within: ['identified'] });
  });

  it('refuses a selection across paragraphs, naming where it starts and ends', () => {
    const verdict = judgeSelection(TEXT, PARAGRAPHS, CLAIMS, { start: at('the group.').start, end: at('There is').end });
    expect(verdict).toEqual({
      kind: 'refused',
      reason: 'The selection runs across 2 paragraphs, from “the group.” to “There is”. A claim quotes words within one paragraph: select only the part in one of them.',
    });
  });

  it('refuses a selection across another claim’s edge, naming the claim', () => {
    const verdict = judgeSelection(TEXT, PARAGRAPHS, CLAIMS, at('online. U.S. officials'));
    expect(verdict.kind).toBe('refused');
    expect(verdict.kind === 'refused' && verdict.reason).toMatch(/^The selection crosses the edge of the claim “(claimed|identified)”/);
  });

  it('refuses a selection without words, or outside the paragraphs', () => {
    expect(judgeSelection(TEXT, PARAGRAPHS, CLAIMS, at('. '))).toMatchObject({ kind: 'refused', reason: expect.stringContaining('holds no words') });
    expect(judgeSelection(TEXT, [PARAGRAPHS[1]!], [], at('The Islamic'))).toMatchObject({ kind: 'refused', reason: expect.stringContaining('not within a paragraph') });
  });
});
