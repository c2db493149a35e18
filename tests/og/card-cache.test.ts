import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cardKey, drawingFingerprint, isIntactPng, pruneCache, readCachedCard, UNUSED_CARD_LIFETIME_MS, writeCachedCard } from '../../src/og/card-cache';
import { createCardStore } from '../../src/og/card-store';
import type { CardToDraw } from '../../src/og/cards';
import { createCardDrawer } from '../../src/og/draw-card';
import type { ShareCard } from '../../src/og/share-card';
import { PROJECT_ROOT } from '../support/project';

const CARD: ShareCard = { kicker: 'Crocus Reader · Claims', main: 'Every claim marked in the pieces', quote: false, who: 'The Economist', where: 'Ninety-one claims' };
const ENTRY: CardToDraw = { kind: 'pages', id: 'claims', card: CARD };
const png = await (await createCardDrawer()).draw(CARD);

const folders: string[] = [];
const cacheFolder = async () => {
  const folder = await mkdtemp(join(tmpdir(), 'crocus-cards-'));
  folders.push(folder);
  return folder;
};
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

const settingsFor = (folder: string) => ({ cacheFolder: folder, drawingFolder: fileURLToPath(new URL('../../src/og/', import.meta.url)), root: PROJECT_ROOT });

describe('the share-card cache', () => {
  it('keys a card by its text and by the drawing', () => {
    const fingerprint = drawingFingerprint([new Uint8Array([1, 2])], ['satori 1']);
    expect(cardKey(CARD, fingerprint)).toBe(cardKey({ ...CARD }, fingerprint));
    expect(cardKey({ ...CARD, where: 'Ninety-two claims' }, fingerprint)).not.toBe(cardKey(CARD, fingerprint));
    expect(cardKey({ ...CARD, quote: true }, fingerprint)).not.toBe(cardKey(CARD, fingerprint));
    for (const other of [drawingFingerprint([new Uint8Array([1, 3])], ['satori 1']), drawingFingerprint([new Uint8Array([1, 2])], ['satori 2'])]) {
      expect(cardKey(CARD, other)).not.toBe(cardKey(CARD, fingerprint));
    }
  });

  it('takes only a whole, intact PNG', () => {
    expect(isIntactPng(png)).toBe(true);
    expect(isIntactPng(png.subarray(0, png.length - 1))).toBe(false);
    expect(isIntactPng(png.subarray(0, png.length / 2))).toBe(false);
    const flipped = new Uint8Array(png);
    flipped[Math.floor(png.length / 2)]! ^= 0xff;
    expect(isIntactPng(flipped)).toBe(false);
    expect(isIntactPng(new Uint8Array([...png, 0]))).toBe(false);
    expect(isIntactPng(new TextEncoder().encode('not a picture'))).toBe(false);
  });

  it('gives back what it kept, and nothing for a missing or damaged file', async () => {
    const folder = await cacheFolder();
    await expect(readCachedCard(folder, 'a')).resolves.toBeUndefined();
    await writeCachedCard(folder, 'a', png);
    await expect(readCachedCard(folder, 'a')).resolves.toEqual(Buffer.from(png));
    await writeFile(join(folder, 'a.png'), png.subarray(0, 1000));
    await expect(readCachedCard(folder, 'a')).resolves.toBeUndefined();
    expect(await readdir(folder)).toEqual(['a.png']);
  });

  it('removes what no build has used for a month, and keeps what one read', async () => {
    const folder = await cacheFolder();
    const longAgo = new Date(Date.now() - UNUSED_CARD_LIFETIME_MS - 60_000);
    for (const key of ['used', 'unused']) {
      await writeCachedCard(folder, key, png);
      await utimes(join(folder, `${key}.png`), longAgo, longAgo);
    }
    await writeFile(join(folder, 'stopped.123.partial'), png.subarray(0, 10));
    await utimes(join(folder, 'stopped.123.partial'), longAgo, longAgo);
    await readCachedCard(folder, 'used');
    expect((await stat(join(folder, 'used.png'))).mtimeMs).toBeGreaterThan(longAgo.getTime());
    await expect(pruneCache(folder)).resolves.toBe(2);
    expect(await readdir(folder)).toEqual(['used.png']);
  });
});

describe('the share-card store', () => {
  it('draws a card once, serves it from the cache after, and draws again over a damaged entry', async () => {
    const folder = await cacheFolder();
    const drawn = await createCardStore(settingsFor(folder)).png(ENTRY);
    expect(Buffer.from(drawn)).toEqual(Buffer.from(png));
    const [file] = await readdir(folder);
    expect(file).toMatch(/^[0-9a-f]{32}\.png$/);

    // Served from the cache: a different (intact) picture under the card's key is what comes back.
    const other = await (await createCardDrawer()).draw({ ...CARD, main: 'Something else' });
    await writeFile(join(folder, file!), other);
    expect(Buffer.from(await createCardStore(settingsFor(folder)).png(ENTRY))).toEqual(Buffer.from(other));

    // A damaged entry is ignored, drawn again and replaced.
    await writeFile(join(folder, file!), other.subarray(0, other.length - 20));
    expect(Buffer.from(await createCardStore(settingsFor(folder)).png(ENTRY))).toEqual(Buffer.from(png));
    expect(isIntactPng(await readFile(join(folder, file!)))).toBe(true);
  });

  it('draws the cards it is asked for in advance in parallel, each once', async () => {
    const folder = await cacheFolder();
    const store = createCardStore(settingsFor(folder));
    const entries = Array.from({ length: 6 }, (_, index) => ({ ...ENTRY, id: `card-${index}`, card: { ...CARD, main: `Card ${index}` } }));
    store.prepare(entries);
    const pngs = await Promise.all(entries.map((entry) => store.png(entry)));
    expect(pngs.every(isIntactPng)).toBe(true);
    expect(new Set(pngs.map((bytes) => Buffer.from(bytes).toString('base64'))).size).toBe(6);
    expect((await readdir(folder)).filter((name) => name.endsWith('.png'))).toHaveLength(6);
  });
});
