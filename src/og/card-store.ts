import { readFile } from 'node:fs/promises';
import { createRequire, findPackageJSON } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cardKey, DRAWING_FILES, drawingFingerprint, isCached, readCachedCard, writeCachedCard } from './card-cache';
import type { CardToDraw } from './cards';
import { createCardPool, type CardPool } from './card-pool';
import type { ShareCardSettings } from './integration';
import { loadRasteriser } from './rasteriser';

/**
 * Where the share-card endpoint gets its PNGs: from the cache when a card's picture
 * is there already, otherwise drawn by the worker pool and kept in the cache. The
 * endpoint asks for every card at once when Astro collects its paths (before any page
 * is written), so the workers draw the missing ones while the build writes the pages;
 * each card's request then waits for its card, if it is still being drawn, and reads
 * it from the cache (a damaged entry is drawn again there and then).
 */
export interface CardStore {
  prepare(cards: readonly CardToDraw[]): void;
  png(entry: CardToDraw): Promise<Uint8Array<ArrayBuffer>>;
}

/** satori's version and the rasteriser's name, with the drawing files' bytes: what keys a card's picture. */
async function fingerprintOf({ drawingFolder, root }: ShareCardSettings): Promise<string> {
  const rootUrl = pathToFileURL(join(root, 'package.json'));
  const [files, rasteriser, satori] = await Promise.all([
    Promise.all(DRAWING_FILES.map((file) => readFile(join(drawingFolder, file)))),
    loadRasteriser(createRequire(rootUrl)),
    readFile(findPackageJSON('satori', rootUrl)!, 'utf8'),
  ]);
  const satoriVersion = (JSON.parse(satori) as { version: string }).version;
  return drawingFingerprint(files, [rasteriser.name, `satori ${satoriVersion}`]);
}

/** How many cards ahead of the page being written are read from the cache: reads overlap, and memory holds only these. */
const READ_AHEAD = 64;

export function createCardStore(settings: ShareCardSettings): CardStore {
  let pool: CardPool | undefined;
  const drawing = fingerprintOf(settings);
  const name = ({ kind, id }: CardToDraw) => `${kind}/${id}`;
  const keyOf = async ({ card }: CardToDraw) => cardKey(card, await drawing);
  /** The cards asked for in advance, in the order their pages will be written. */
  const order: CardToDraw[] = [];
  const position = new Map<string, number>();
  /** Settled once each card asked for in advance is in the cache. */
  const cached = new Map<string, Promise<void>>();
  /** The cards being read ahead of their pages. */
  const reads = new Map<string, Promise<Uint8Array<ArrayBuffer> | undefined>>();

  async function draw(entry: CardToDraw, key: string): Promise<Uint8Array<ArrayBuffer>> {
    pool ??= createCardPool(pathToFileURL(join(settings.drawingFolder, 'draw-worker.ts')));
    const png = await pool.draw(entry.card);
    await writeCachedCard(settings.cacheFolder, key, png);
    return png;
  }

  /** A card missing from the cache is drawn now, in the pool; one already there is read shortly before its page is written. */
  async function ensureCached(entry: CardToDraw): Promise<void> {
    const key = await keyOf(entry);
    if (!(await isCached(settings.cacheFolder, key))) await draw(entry, key);
  }

  async function read(entry: CardToDraw): Promise<Uint8Array<ArrayBuffer> | undefined> {
    await cached.get(name(entry));
    return readCachedCard(settings.cacheFolder, await keyOf(entry));
  }

  function readAhead(from: number): void {
    for (const entry of order.slice(from, from + READ_AHEAD)) {
      if (reads.has(name(entry))) continue;
      const bytes = read(entry);
      // Awaited when the card's page is written; until then a failure must not count as unhandled.
      bytes.catch(() => {});
      reads.set(name(entry), bytes);
    }
  }

  return {
    prepare(cards) {
      for (const entry of cards) {
        if (cached.has(name(entry))) continue;
        const ready = ensureCached(entry);
        ready.catch(() => {});
        cached.set(name(entry), ready);
        position.set(name(entry), order.push(entry) - 1);
      }
    },
    async png(entry) {
      const at = position.get(name(entry));
      if (at !== undefined) readAhead(at);
      const bytes = await (reads.get(name(entry)) ?? read(entry));
      reads.delete(name(entry));
      // A damaged entry (or one that vanished) is drawn again there and then.
      return bytes ?? draw(entry, await keyOf(entry));
    },
  };
}
