import { describe, expect, it } from 'vitest';
import type { Claim, Person } from '../../src/content/entries';
import type { Catalog } from '../../src/content/catalog';
import { allShareCards, articleCard, cardDescription, claimCard, pageCardReference } from '../../src/og/cards';
import { shareCardPath } from '../../src/routes';
import { createCardDrawer } from '../../src/og/draw-card';
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

  it('render as 1200×630 PNG images from the committed font, with the native rasteriser where it installs', async () => {
    const drawer = await createCardDrawer();
    expect(drawer.rasteriser).toMatch(/^@resvg\/resvg-(js|wasm) \d+\.\d+\.\d+$/);
    const png = await drawer.draw(articleCard(ECONOMIST));
    const view = new DataView(png.buffer, png.byteOffset);
    expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  });

  /** Enough of a catalog for the listing pages' cards: two outlets, their claims and events. */
  const catalog = {
    articles: [ECONOMIST, ECONOMIST],
    outlets: ['The Economist', 'The Washington Post'],
    claims: [CLAIM, CLAIM, CLAIM],
    events: [{}, {}],
    person: () => person('The Economist', 'outlet'),
    article: () => ECONOMIST,
  } as unknown as Catalog;

  it('give each listing page a card of its own, and any other page the home page’s', () => {
    const listings = ['/', '/claims/', '/timeline/', '/compare/', '/search/', '/about/', '/about/method/'];
    const references = listings.map((path) => pageCardReference(path, catalog));
    expect(new Set(references.map((reference) => reference.path)).size).toBe(listings.length);
    expect(references[0]).toEqual({
      path: '/og/pages/home.png',
      alt: 'Crocus Reader: Two pieces on the March 2024 terrorist attack on Crocus City Hall near Moscow — The Economist and The Washington Post. Three claims marked · two events on the timeline.',
    });
    expect(references[3]!.alt).toMatch(/^Crocus Reader · Compare: The Economist and The Washington Post, side by side — /);
    expect(pageCardReference('/404.html', catalog)).toEqual(references[0]);
  });

  it('are all listed for drawing, each once: the listing pages’, the articles’ and the claims’', () => {
    const names = allShareCards({ ...catalog, articles: [ECONOMIST], claims: [CLAIM] } as Catalog).map(({ kind, id }) => `${kind}/${id}`);
    expect(names).toEqual([
      ...['home', 'claims', 'timeline', 'compare', 'search', 'about', 'method'].map((id) => `pages/${id}`),
      'articles/economist-uses-of-terror',
      'claims/economist-toll-139',
    ]);
  });
});
