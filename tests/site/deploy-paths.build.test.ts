import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFiles, builtPages, elements, type BuiltPage } from '../support/built-site';
import { buildEditedCopy, type EditedBuild } from '../support/fixture-site';
import { brokenLinks } from '../support/link-check';

/**
 * The site built to be served from a folder of another host: every absolute URL
 * (canonical, Open Graph, JSON-LD, sitemap, feed) says so, and every internal link
 * stays inside the folder.
 */

const SITE_URL = 'https://reader.example.org';
const DEPLOYED = new URL('https://reader.example.org/reader/');
const ARTICLE = 'articles/economist-uses-of-terror/';

const meta = (tree: Root, key: string) =>
  elements(tree, (element) => element.tagName === 'meta' && (element.properties.property === key || element.properties.name === key))[0]?.properties.content;

describe('built for https://reader.example.org/reader/ (SITE_URL and BASE_PATH)', () => {
  let copy: EditedBuild;
  let pages: BuiltPage[];
  const page = (path: string) => pages.find((candidate) => candidate.path === path)!;

  beforeAll(async () => {
    // "reader" without slashes: the configuration accepts the folder however it is written.
    copy = await buildEditedCopy(async () => {}, { env: { SITE_URL, BASE_PATH: 'reader' } });
    if (copy.result.code !== 0) throw new Error(`The site did not build:\n${copy.result.output}`);
    pages = await builtPages(copy.dist);
  }, 180_000);
  afterAll(() => copy?.remove());

  it('every internal link and #fragment resolves inside the folder', async () => {
    const broken = brokenLinks(pages, new Set(await builtFiles(copy.dist)), DEPLOYED);
    expect([...broken.values()].flat()).toEqual([]);
    const articleLinks = elements(page('/').tree, (element) => element.tagName === 'a').map((element) => String(element.properties.href));
    expect(articleLinks).toContain(`/reader/${ARTICLE}`);
  });

  it('canonical and Open Graph URLs are absolute, on the deployed host and folder', () => {
    const { tree } = page(`/${ARTICLE}`);
    const canonical = elements(tree, (element) => element.tagName === 'link' && String(element.properties.rel) === 'canonical')[0]?.properties.href;
    expect(canonical).toBe(new URL(ARTICLE, DEPLOYED).href);
    expect(meta(tree, 'og:url')).toBe(new URL(ARTICLE, DEPLOYED).href);
    expect(meta(tree, 'og:image')).toBe(new URL('og/articles/economist-uses-of-terror.png', DEPLOYED).href);
    expect(meta(tree, 'twitter:image')).toBe(meta(tree, 'og:image'));
  });

  it('JSON-LD names the page by its deployed URL', () => {
    const [script] = elements(page(`/${ARTICLE}`).tree, (element) => element.tagName === 'script' && element.properties.type === 'application/ld+json');
    const data = JSON.parse(String((script!.children[0] as { value: string }).value)) as Record<string, unknown>;
    expect(data.url).toBe(new URL(ARTICLE, DEPLOYED).href);
    expect(data.image).toBe(new URL('og/articles/economist-uses-of-terror.png', DEPLOYED).href);
  });

  it('the sitemap and the feed list deployed URLs', async () => {
    const sitemap = await readFile(join(copy.dist, 'sitemap-0.xml'), 'utf8');
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locations).toContain(new URL(ARTICLE, DEPLOYED).href);
    expect(locations.every((location) => location!.startsWith(DEPLOYED.href))).toBe(true);
    const feed = await readFile(join(copy.dist, 'rss.xml'), 'utf8');
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]);
    expect(links).toContain(new URL(ARTICLE, DEPLOYED).href);
    expect(links.every((link) => link!.startsWith(DEPLOYED.href))).toBe(true);
  });
});
