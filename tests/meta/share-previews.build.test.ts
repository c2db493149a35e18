import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'hast';
import { glob } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtFiles, builtPages, elements, type BuiltPage } from '../support/built-site';
import { buildEditedCopy, type EditedBuild } from '../support/fixture-site';
import { DIST, PROJECT_ROOT, PUBLISHED_SITE, SITE } from '../support/project';

const pages = (await builtPages()).filter((page) => page.path !== '/404.html');
const files = new Set(await builtFiles());

const meta = (tree: Root, key: string) =>
  elements(tree, (element) => element.tagName === 'meta' && (element.properties.property === key || element.properties.name === key))[0]?.properties.content as
    | string
    | undefined;

/** Width and height from a PNG's header. */
async function pngSize(file: string): Promise<[number, number]> {
  const bytes = await readFile(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const localFile = (url: string) => join(DIST, new URL(url, SITE).pathname.slice(SITE.pathname.length));

/**
 * How a page names itself: absolutely when the build knows where it is published
 * (SITE_URL; tests/site/deploy-paths.build.test.ts builds so), and otherwise by a
 * relative address, never the loopback one the build ran on.
 */
const pageAddress = (path: string) => (PUBLISHED_SITE ? new URL(path.slice(1), SITE).href : `${SITE.pathname}${path.slice(1)}`);

describe('link previews and metadata', () => {
  it.each(pages.map((page) => [page.path, page.tree] as const))('%s has a canonical URL and Open Graph and Twitter tags, none of them a loopback address', (path, tree) => {
    const canonical = elements(tree, (element) => element.tagName === 'link' && String(element.properties.rel) === 'canonical');
    expect(canonical.map((element) => element.properties.href)).toEqual([pageAddress(path)]);
    expect(meta(tree, 'og:url')).toBe(PUBLISHED_SITE ? pageAddress(path) : undefined);
    for (const key of ['og:title', 'og:description', 'og:site_name', 'twitter:card']) expect(meta(tree, key), key).toMatch(/\S/);
    expect(meta(tree, 'og:locale')).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    const addresses = elements(tree, (element) => element.tagName === 'link' || element.tagName === 'meta').flatMap((element) => [element.properties.href, element.properties.content]);
    expect(addresses.filter((value) => /\b(localhost|127\.0\.0\.1)\b/.test(String(value)))).toEqual([]);
  });

  /** A page's JSON-LD, parsed. */
  const jsonLd = (tree: Root) =>
    elements(tree, (element) => element.tagName === 'script' && element.properties.type === 'application/ld+json').map(
      (script) => JSON.parse(String((script.children[0] as { value: string }).value)) as Record<string, unknown>,
    );

  /**
   * The share card named by a page's tags: a 1200×630 PNG in dist/, described for those
   * who cannot see it. Open Graph takes absolute URLs only, so without a published address
   * the card is built but not named, and the preview is a text one.
   */
  async function expectShareCard(tree: Root, card: string): Promise<void> {
    await expect(pngSize(localFile(card.slice(1)))).resolves.toEqual([1200, 630]);
    if (!PUBLISHED_SITE) {
      expect([meta(tree, 'og:image'), meta(tree, 'twitter:image'), meta(tree, 'twitter:card')]).toEqual([undefined, undefined, 'summary']);
      return;
    }
    const image = meta(tree, 'og:image')!;
    expect(image).toBe(new URL(card.slice(1), SITE).href);
    expect(meta(tree, 'twitter:image')).toBe(image);
    await expect(pngSize(localFile(image))).resolves.toEqual([1200, 630]);
    expect(meta(tree, 'og:image:alt')).toMatch(/\S{10,}/);
    expect(meta(tree, 'twitter:card')).toBe('summary_large_image');
  }

  const articles = pages.filter((page) => page.path.startsWith('/articles/'));

  it.each(articles.map((page) => [page.path, page.tree] as const))('%s has a share card and describes itself in JSON-LD', async (path, tree) => {
    await expectShareCard(tree, `/og${path.replace(/\/$/, '.png')}`);
    expect(jsonLd(tree).map((item) => [item['@type'], item.url])).toEqual([[expect.stringMatching(/^(Analysis|Opinion)NewsArticle$/), pageAddress(path)]]);
  });

  const claimPages = pages.filter((page) => /^\/claims\/[^/]+\/$/.test(page.path));

  it.each(claimPages.map((page) => [page.path, page.tree] as const))('%s has a share card and a Claim (reviewed when assessed) in JSON-LD', async (path, tree) => {
    const id = path.split('/')[2]!;
    await expectShareCard(tree, `/og/claims/${id}.png`);
    const [data] = jsonLd(tree);
    const described = (data!['@type'] === 'ClaimReview' ? data!.itemReviewed : data) as { '@type': string; appearance: { url: string } };
    expect(described['@type']).toBe('Claim');
    // It appears in its passage here: the article page with the claim's anchor.
    const passage = new URL(described.appearance.url, SITE);
    expect(passage.hash).toBe(`#claim-${id}`);
    const article = pages.find((page) => new URL(page.path.slice(1), SITE).pathname === passage.pathname);
    expect(elements(article!.tree, (element) => element.properties.id === `claim-${id}`)).toHaveLength(1);
  });

  it('every claim has its share card', async () => {
    const claimFiles = await glob('content/claims/*.yaml', { cwd: PROJECT_ROOT, absolute: true });
    const ids = (await Promise.all(claimFiles.map(async (file) => (parse(await readFile(file, 'utf8')) as { id: string }[]).map((claim) => claim.id)))).flat();
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !files.has(`/og/claims/${id}.png`))).toEqual([]);
    await expect(pngSize(join(DIST, `og/claims/${ids[0]}.png`))).resolves.toEqual([1200, 630]);
  });

  it('the sitemap lists every page, and the pages point to it and to the feed', async () => {
    const sitemap = await readFile(join(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(listed.sort()).toEqual(pages.map((page) => new URL(page.path.slice(1), SITE).href).sort());
    const [home] = pages.filter((page) => page.path === '/');
    const links = elements(home!.tree, (element) => element.tagName === 'link').map((element) => [String(element.properties.rel), element.properties.href]);
    expect(links).toContainEqual(['sitemap', `${SITE.pathname}sitemap-index.xml`]);
    expect(links).toContainEqual(['alternate', `${SITE.pathname}rss.xml`]);
  });

  it('the feed lists both pieces with their dates', async () => {
    const feed = await readFile(join(DIST, 'rss.xml'), 'utf8');
    expect(feed).toContain(`<link>${new URL('articles/economist-uses-of-terror/', SITE).href}</link>`);
    expect(feed).toContain('<pubDate>Wed, 27 Mar 2024 00:00:00 GMT</pubDate>');
    expect(feed).toContain(`<link>${new URL('articles/washington-post-enemy-of-all/', SITE).href}</link>`);
  });
});

/**
 * Every page, the 404 page included, previews with a picture where the site is
 * published (SITE_URL): a title, a description, its locale, and a share card named
 * absolutely, with its text alternative, for Open Graph and for Twitter. The listing
 * pages each have a card of their own; article pages give their article's language.
 */
describe('link previews of every page, built with SITE_URL', () => {
  const PUBLISHED = 'https://reader.example.org/';
  let copy: EditedBuild;
  let published: BuiltPage[];

  beforeAll(async () => {
    copy = await buildEditedCopy(async () => {}, { env: { SITE_URL: PUBLISHED } });
    if (copy.result.code !== 0) throw new Error(`The site did not build:\n${copy.result.output}`);
    published = await builtPages(copy.dist);
  }, 180_000);
  afterAll(() => copy?.remove());

  it('builds every page', () => {
    expect(published.map((page) => page.path).sort()).toEqual([...pages.map((page) => page.path), '/404.html'].sort());
  });

  /** An article page's language is its article's, which the page marks on the article itself. */
  const articleLanguage = (page: BuiltPage) =>
    elements(page.tree, (element) => element.tagName === 'article' && (element.properties.className as string[] | undefined)?.includes('article') === true)[0]?.properties.lang;
  const languages = new Map(pages.filter((page) => page.path.startsWith('/articles/')).map((page) => [page.path, String(articleLanguage(page))]));

  it.each([...pages.map((page) => page.path), '/404.html'])('%s has complete Open Graph and Twitter tags with its share card', async (path) => {
    const { tree } = published.find((page) => page.path === path)!;
    const tags = Object.fromEntries(
      ['og:title', 'og:description', 'og:locale', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image', 'twitter:image:alt'].map((key) => [key, meta(tree, key)]),
    );
    for (const key of ['og:title', 'og:description', 'twitter:title', 'twitter:description']) expect(tags[key], key).toMatch(/\S/);
    expect(tags['og:locale']).toBe((languages.get(path) ?? 'en-GB').replace('-', '_'));
    const image = new URL(tags['og:image']!);
    expect(image.origin).toBe(new URL(PUBLISHED).origin);
    expect(image.pathname).toMatch(/^\/og\/(articles|claims|pages)\/[^/]+\.png$/);
    await expect(pngSize(join(copy.dist, image.pathname))).resolves.toEqual([1200, 630]);
    expect(tags['og:image:alt']).toMatch(/\S{10,}/);
    expect(tags['twitter:card']).toBe('summary_large_image');
    expect(tags['twitter:image']).toBe(tags['og:image']);
    expect(tags['twitter:image:alt']).toBe(tags['og:image:alt']);
  });

  it('gives each listing page a card of its own, and the 404 page the home page’s', () => {
    const imageOf = (path: string) => meta(published.find((page) => page.path === path)!.tree, 'og:image');
    const listings = ['/', '/claims/', '/timeline/', '/compare/', '/search/', '/about/', '/about/method/'];
    const images = listings.map(imageOf);
    expect(images.every((image) => image?.includes('/og/pages/'))).toBe(true);
    expect(new Set(images).size).toBe(listings.length);
    expect(imageOf('/404.html')).toBe(imageOf('/'));
    expect(meta(published.find((page) => page.path === '/')!.tree, 'og:image:alt')).toMatch(/^Crocus Reader: .*Crocus City Hall/);
  });
});
