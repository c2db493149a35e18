/**
 * The layout of a share card (the Open Graph image, 1200×630): a kicker, the main
 * text (a quote or a headline) sized to fit, and who and where it is from. It is a
 * tree of elements and CSS as satori reads them; `render-card.ts` draws it.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode | CardNode[] };
}

export interface ShareCard {
  /** Small capitals above: "Claim · Figure · Accurate". */
  kicker: string;
  /** The quote (without quotation marks) or the headline. */
  main: string;
  quote: boolean;
  /** A line under the headline, e.g. the standfirst. */
  detail?: string | undefined;
  /** Who: the claimant, or the outlet. */
  who: string;
  /** Where and when: "The Economist, 27 March 2024". */
  where: string;
}

/** The colours of the site's light theme (src/styles/global.css). */
const PAPER = '#fdfcf9';
const INK = '#1d1b18';
const MUTED = '#57524a';
const ACCENT = '#8a2c1d';

/** Past this many characters the main text is cut at a word and ends in "…". */
const MAX_MAIN_LENGTH = 240;

/** Font sizes for the main text by its length: short quotes large, long ones smaller, all within the card. */
const MAIN_SIZES: readonly [maxLength: number, size: number][] = [
  [70, 64],
  [120, 54],
  [180, 46],
  [Infinity, 40],
];

/** Cuts text at the last whole word that fits `max` characters, ending it in "…". */
export function shorten(text: string, max: number): string {
  const squashed = text.replace(/\s+/g, ' ').trim();
  if (squashed.length <= max) return squashed;
  const cut = squashed.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

export function mainFontSize(text: string): number {
  return MAIN_SIZES.find(([maxLength]) => text.length <= maxLength)![1];
}

const box = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: children === undefined ? { style: { display: 'flex', ...style } } : { style: { display: 'flex', ...style }, children },
});

export function cardLayout(card: ShareCard): CardNode {
  const shortened = shorten(card.main, MAX_MAIN_LENGTH);
  const main = card.quote ? `“${shortened}”` : shortened;
  const size = mainFontSize(main);
  return box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px 52px 64px',
      borderLeft: `16px solid ${ACCENT}`,
      backgroundColor: PAPER,
      color: INK,
      fontFamily: 'Serif',
    },
    [
      box({ fontSize: 26, fontWeight: 700, letterSpacing: 2, color: ACCENT, textTransform: 'uppercase' }, card.kicker),
      box({ flexDirection: 'column', flexGrow: 1, justifyContent: 'center', paddingTop: 24, paddingBottom: 24 }, [
        box({ fontSize: size, lineHeight: 1.25, fontWeight: card.quote ? 400 : 700 }, main),
        ...(card.detail ? [box({ marginTop: 20, fontSize: 30, lineHeight: 1.3, color: MUTED }, shorten(card.detail, 140))] : []),
      ]),
      box({ flexDirection: 'column', borderTop: `2px solid ${MUTED}`, paddingTop: 18 }, [
        box({ fontSize: 32, fontWeight: 700 }, shorten(card.who, 70)),
        box({ fontSize: 26, color: MUTED, marginTop: 4 }, shorten(card.where, 90)),
      ]),
    ],
  );
}
