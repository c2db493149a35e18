import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { loadRasteriser } from './rasteriser.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardLayout, type ShareCard } from './share-card.ts';

/**
 * Draws a share card as a PNG: satori lays the card out and turns its text into
 * outlines with the committed DejaVu Serif (./fonts, with its licence), and resvg
 * rasterises it (./rasteriser.ts). Nothing is fetched. This runs in the card
 * workers (./draw-worker.ts), which Node loads straight from src/, so its imports
 * name their files in full and its TypeScript is only what Node can strip.
 */

const font = (file: string) => readFile(new URL(file, import.meta.url));

export interface CardDrawer {
  /** Which rasteriser draws, e.g. "@resvg/resvg-js 2.6.2". */
  rasteriser: string;
  draw(card: ShareCard): Promise<Uint8Array>;
}

export async function createCardDrawer(): Promise<CardDrawer> {
  const [regular, bold, rasteriser] = await Promise.all([
    font('./fonts/DejaVuSerif.ttf'),
    font('./fonts/DejaVuSerif-Bold.ttf'),
    loadRasteriser(createRequire(import.meta.url)),
  ]);
  const fonts = [
    { name: 'Serif', data: regular, weight: 400 as const, style: 'normal' as const },
    { name: 'Serif', data: bold, weight: 700 as const, style: 'normal' as const },
  ];
  return {
    rasteriser: rasteriser.name,
    async draw(card) {
      const svg = await satori(cardLayout(card) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
      return rasteriser.toPng(svg);
    },
  };
}
