import { readdir, readFile } from 'node:fs/promises';
import type { BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, onePagePerTemplate } from '../support/built-site';
import { DESKTOP, describeInBrowser, newContext, PHONE, useChromium } from '../support/chromium';
import { loadMeter, type LoadMeter } from '../support/page-load';
import { DIST } from '../support/project';

/**
 * Bytes on the wire before the first interaction, gzip as real hosts serve it. The largest page is
 * the Economist article, whose HTML carries every claim's note, verdict, reasons and sources (41 kB
 * compressed since the fact-checking of issue 14): text a reader came for, not weight to cut.
 */
const BUDGET = { transferred: 72 * 1024, javascript: 12 * 1024 };

const paths = (await builtPages()).map((page) => page.path);

/** What only a search may fetch: the index, and any script that carries Fuse.js (known by one of its messages). */
const FUSE_SIGNATURE = "Incorrect 'index' type";
const scripts = (await readdir(`${DIST}_astro`)).filter((name) => name.endsWith('.js'));
// The whole index, and the sharded one's dictionary and shards.
const searchOnly = ['/search-index.json', ...(await readdir(`${DIST}search-index`)).map((name) => `/search-index/${name}`)];
for (const name of scripts) if ((await readFile(`${DIST}_astro/${name}`, 'utf8')).includes(FUSE_SIGNATURE)) searchOnly.push(`/_astro/${name}`);
const templates = (await onePagePerTemplate()).map((page) => page.path);

describeInBrowser('loading pages', () => {
  const browser = useChromium();

  /** A context for the enclosing block, and a load meter in it. */
  function useMeter(viewport: BrowserContextOptions, options: { slowPhone?: boolean } = {}): () => LoadMeter {
    let context: BrowserContext;
    let meter: LoadMeter;
    beforeAll(async () => {
      context = await newContext(browser(), viewport);
      meter = await loadMeter(context, options);
    });
    afterAll(async () => {
      await context.close();
    });
    return () => meter;
  }

  describe('every page', () => {
    const meter = useMeter(DESKTOP);

    it('knows what only a search fetches: the index and Fuse', () => {
      expect(searchOnly.length).toBeGreaterThanOrEqual(2);
    });

    it.each(paths)('%s: within the byte budget, no search code or index, nothing from another origin, no layout shift', async (path) => {
      const load = await meter().measure(path);
      expect(load.responses.map((response) => response.path).filter((fetched) => searchOnly.includes(fetched))).toEqual([]);
      const breakdown = JSON.stringify(load.responses);
      expect(load.transferred, breakdown).toBeLessThanOrEqual(BUDGET.transferred);
      expect(load.javascript, breakdown).toBeLessThanOrEqual(BUDGET.javascript);
      expect(load.offSite).toEqual([]);
      expect(load.layoutShifts).toEqual([]);
    });
  });

  // Whether showing or placing something moves the text depends on how the line breaks
  // fall: every template at widths from a small phone to a wide screen.
  describe.each([320, 768, 1024, 1280, 1350, 1920])('one page of each template at %i px wide', (width) => {
    const meter = useMeter({ viewport: { width, height: 900 } });

    it.each(templates)('%s: no layout shift', async (path) => {
      expect((await meter().measure(path)).layoutShifts).toEqual([]);
    });
  });

  // A fast load paints once, after the scripts have run; a slow one paints the text
  // first, which is when a script that moves things shifts them under the reader.
  describe.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('one page of each template on a slow connection and CPU, at %s width', (_, viewport) => {
    const meter = useMeter(viewport, { slowPhone: true });

    it.each(templates)('%s: no layout shift', async (path) => {
      expect((await meter().measure(path)).layoutShifts).toEqual([]);
    });
  });
});
