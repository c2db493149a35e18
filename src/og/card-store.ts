import { readFile } from 'node:fs/promises';
import { createRequire, findPackageJSON } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cardKey, DRAWING_FILES, drawingFingerprint, readCachedCard, writeCachedCard } from './card-cache';
import type { CardToDraw } from './cards';
import { createCardPool, type CardPool } from './card-pool';
import type { ShareCardSettings } from './integration';
import { loadRasteriser } from './rasteriser';

/**
 * Where the share-card endpoint gets its PNGs: from the cache when a card's picture
 * is there already, otherwise drawn by the worker pool and kept in the cache. The
 * endpoint asks for every card at once when Astro collects its paths (before any page
 * is written), so the workers draw while the build writes the pages; each card's
 * request then takes the PNG that is ready or on its way.
 */
export interface CardStore {
  prepare(cards: readonly CardToDraw[]): void;
  png(entry: CardToDraw): Promise<Uint8Array>;
}

/** satori's version and the rasteriser's name, with the drawing files' bytes: what keys a card's picture. */
async function fingerprintOf({ drawingFolder, root }: ShareCardSettings): Promise<{ fingerprint: string; rasteriser: string }> {
  const rootUrl = pathToFileURL(join(root, 'package.json'));
  const [files, rasteriser, satori] = await Promise.all([
    Promise.all(DRAWING_FILES.map((file) => readFile(join(drawingFolder, file)))),
    loadRasteriser(createRequire(rootUrl)),
    readFile(findPackageJSON('satori', rootUrl)!, 'utf8'),
  ]);
  const satoriVersion = (JSON.parse(satori) as { version: string }).version;
  return { fingerprint: drawingFingerprint(files, [rasteriser.name, `satori ${satoriVersion}`]), rasteriser: rasteriser.name };
}

export function createCardStore(settings: ShareCardSettings): CardStore {
  let pool: CardPool | undefined;
  const drawing = fingerprintOf(settings);
  const pending = new Map<string, Promise<Uint8Array>>();
  const name = ({ kind, id }: CardToDraw) => `${kind}/${id}`;

  async function obtain({ card }: CardToDraw): Promise<Uint8Array> {
    const key = cardKey(card, (await drawing).fingerprint);
    const cached = await readCachedCard(settings.cacheFolder, key);
    if (cached) return cached;
    pool ??= createCardPool(pathToFileURL(join(settings.drawingFolder, 'draw-worker.ts')));
    const png = await pool.draw(card);
    await writeCachedCard(settings.cacheFolder, key, png);
    return png;
  }

  return {
    prepare(cards) {
      for (const entry of cards) {
        if (pending.has(name(entry))) continue;
        const png = obtain(entry);
        // Awaited when the card's page is written; until then a failure must not count as unhandled.
        png.catch(() => {});
        pending.set(name(entry), png);
      }
    },
    png(entry) {
      const png = pending.get(name(entry)) ?? obtain(entry);
      pending.delete(name(entry));
      return png;
    },
  };
}
