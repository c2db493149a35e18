import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';
import serifBold from './fonts/DejaVuSerif-Bold.ttf?inline';
import serifRegular from './fonts/DejaVuSerif.ttf?inline';
import { CARD_HEIGHT, CARD_WIDTH, cardLayout, type ShareCard } from './share-card';

/**
 * Draws a share card as a PNG when the site is built: satori lays the card out and
 * turns its text into outlines using the committed DejaVu Serif (./fonts, with its
 * licence), and resvg (WebAssembly, so it installs the same everywhere) rasterises it.
 * Nothing is fetched.
 */

/** Vite inlines the font files as data URLs; satori wants their bytes. */
const bytesOf = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');

const FONTS = [
  { name: 'Serif', data: bytesOf(serifRegular), weight: 400 as const, style: 'normal' as const },
  { name: 'Serif', data: bytesOf(serifBold), weight: 700 as const, style: 'normal' as const },
];

let resvgReady: Promise<void> | undefined;

function loadResvg(): Promise<void> {
  resvgReady ??= readFile(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')).then((wasm) => initWasm(wasm));
  return resvgReady;
}

export async function renderCard(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  await loadResvg();
  const svg = await satori(cardLayout(card) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: FONTS });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng());
}
