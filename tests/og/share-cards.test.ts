import { describe, expect, it } from 'vitest';
import type { Claim, Person } from '../../src/content/entries';
import { articleCard, cardDescription, claimCard } from '../../src/og/cards';
import { shareCardPath } from '../../src/routes';
import { renderCard } from '../../src/og/render-card';
import { articleEntry } from '../support/entries';
import { CARD_HEIGHT, CARD_WIDTH, cardLayout, mainFontSize, shorten, type CardNode } from '../../src/og/share-card';

const ECONOMIST = articleEntry('economist-uses-of-terror', {
  outlet: 'The Economist',
  kind: 'analysis',
  headline: 'Vladimir Putin blames an Islamist attack on Ukraine and America',
  standfirst: 'How to use a disastrous security failure to bolster dictatorship',
  dates: [
    { date: '2024-03-30', meaning: 'print-edition' },
    { date: '2024-03-27', meaning: 'published-online' },
  ],
});

const CLAIM = {
  id: 'economist-toll-139',
  data: { quote: 'the death toll had reached 139 people', type: 'figure', assessment: { verdict: 'accurate-then', reason: 'r', sources: ['s'] } },
} as Claim;

const person = (name: string, kind: Person['data']['kind']) => ({ data: { name, kind } }) as Person;

/** The text of a card layout, in reading order. */
const textOf = (node: CardNode): string[] => {
  const { children } = node.props;
  if (typeof children === 'string') return [children];
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(textOf);
};

describe('share cards', () => {
  it('show a claim’s quote, its claimant and the outlet, with its type and verdict', () => {
    const card = claimCard(CLAIM, person('The Economist', 'outlet'), ECONOMIST);
    expect(textOf(cardLayout(card))).toEqual([
      'Crocus Reader · Figure · Accurate when written',
      '“the death toll had reached 139 people”',
      'The Economist, in its own voice',
      'Quoted from The Economist, published online 27 March 2024',
    ]);
    expect(claimCard(CLAIM, person('Vladimir Putin', 'person'), ECONOMIST).who).toBe('Vladimir Putin');
    expect(cardDescription(card)).toBe(
      'Crocus Reader · Figure · Accurate when written: “the death toll had reached 139 people” — The Economist, in its own voice. Quoted from The Economist, published online 27 March 2024.',
    );
  });

  it('show a piece’s headline and standfirst', () => {
    expect(textOf(cardLayout(articleCard(ECONOMIST)))).toEqual([
      'Crocus Reader · Analysis',
      'Vladimir Putin blames an Islamist attack on Ukraine and America',
      'How to use a disastrous security failure to bolster dictatorship',
      'The Economist',
      'The Economist, published online 27 March 2024 · read with its claims checked',
    ]);
  });

  it('size the main text to its length and cut what cannot fit at a word', () => {
    expect(mainFontSize('short')).toBeGreaterThan(mainFontSize('x'.repeat(150)));
    expect(shorten('one two three four', 13)).toBe('one two…');
    expect(shorten('  spaced\n  out  ', 40)).toBe('spaced out');
    const long = textOf(cardLayout({ ...claimCard(CLAIM, person('P', 'person'), ECONOMIST), main: 'word '.repeat(100) }))[1]!;
    expect(long.length).toBeLessThanOrEqual(242);
    expect(long.endsWith('…”')).toBe(true);
  });

  it('are served beside the pages', () => {
    expect(shareCardPath('claims', 'economist-toll-139')).toBe('/og/claims/economist-toll-139.png');
  });

  it('render as 1200×630 PNG images from the committed font', async () => {
    const png = await renderCard(articleCard(ECONOMIST));
    const view = new DataView(png.buffer, png.byteOffset);
    expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  });
});
