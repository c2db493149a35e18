import { createHash } from 'node:crypto';
import { access, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { ShareCard } from './share-card';

/**
 * Share cards kept between builds, one PNG a card, in a folder of Astro's cache
 * directory (node_modules/.astro, or the config's cacheDir), which static hosts keep
 * from one build to the next. A card's file is named by a hash of everything that
 * changes its picture: its text, and the drawing's fingerprint (the layout and drawing
 * code, the fonts, the rasteriser and satori's version). A file that is not a whole,
 * intact PNG (cut short, overwritten, unreadable) counts as missing, and is drawn again.
 */

/** The files of this folder whose change changes the picture (the drawing's fingerprint hashes them). */
export const DRAWING_FILES = ['share-card.ts', 'draw-card.ts', 'rasteriser.ts', 'fonts/DejaVuSerif.ttf', 'fonts/DejaVuSerif-Bold.ttf'];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The drawing's fingerprint: the bytes of the files that draw, and the versions of what they call. */
export function drawingFingerprint(files: readonly Uint8Array[], versions: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(createHash('sha256').update(file).digest());
  hash.update(JSON.stringify(versions));
  return hash.digest('hex');
}

export function cardKey(card: ShareCard, fingerprint: string): string {
  const text = [card.kicker, card.main, card.quote, card.detail ?? null, card.who, card.where];
  return createHash('sha256').update(fingerprint).update(JSON.stringify(text)).digest('hex').slice(0, 32);
}

/** A PNG whose every chunk is whole and passes its checksum, ending in IEND. */
export function isIntactPng(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < PNG_SIGNATURE.length || !buffer.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return false;
  let offset = PNG_SIGNATURE.length;
  while (offset + 12 <= buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > buffer.length) return false;
    const typeAndData = buffer.subarray(offset + 4, offset + 8 + length);
    if (crc32(typeAndData) !== buffer.readUInt32BE(offset + 8 + length)) return false;
    if (typeAndData.subarray(0, 4).toString('latin1') === 'IEND') return end === buffer.length;
    offset = end;
  }
  return false;
}

function cardFile(folder: string, key: string): string {
  return join(folder, `${key}.png`);
}

/** Whether the cache has a file for the card (whether it is intact is seen when it is read). */
export async function isCached(folder: string, key: string): Promise<boolean> {
  return access(cardFile(folder, key)).then(
    () => true,
    () => false,
  );
}

/** The cached card, or undefined when there is none or it is damaged. Marked as used, so that pruning keeps it. */
export async function readCachedCard(folder: string, key: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  try {
    const bytes = await readFile(cardFile(folder, key));
    if (!isIntactPng(bytes)) return undefined;
    const now = new Date();
    await utimes(cardFile(folder, key), now, now);
    return bytes;
  } catch {
    return undefined;
  }
}

/** A month: a card no build has used for that long is removed (a card whose text or drawing changed is never used again). */
export const UNUSED_CARD_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/** Removes what no build has used for `lifetime`: old cards, and partial files left by a build that was stopped. */
export async function pruneCache(folder: string, lifetime = UNUSED_CARD_LIFETIME_MS, now = Date.now()): Promise<number> {
  const names = await readdir(folder).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const file = join(folder, name);
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: now }));
    if (now - mtimeMs > lifetime) {
      await rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}

/**
 * Keeps a card for the next build. Written beside its place and renamed into it, so
 * that a build stopped midway never leaves half a file under a card's name.
 */
export async function writeCachedCard(folder: string, key: string, png: Uint8Array): Promise<void> {
  await mkdir(folder, { recursive: true });
  const partial = join(folder, `${key}.${process.pid}.partial`);
  await writeFile(partial, png);
  await rename(partial, cardFile(folder, key));
}
