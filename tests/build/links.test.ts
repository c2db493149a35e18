import { describe, expect, it } from 'vitest';
import { builtFiles, builtPages, elements, idsOf } from '../support/built-site';
import { SITE } from '../support/project';

const SITE_ORIGIN = SITE.origin;

/** Attributes that point at something the page needs or offers. */
const LINK_ATTRIBUTES: Record<string, 'href' | 'src'> = { a: 'href', link: 'href', script: 'src', img: 'src', source: 'src' };

describe('internal links and fragments in dist/', async () => {
  const pages = await builtPages();
  const files = new Set(await builtFiles());
  const idsByPath = new Map(pages.map((page) => [page.path, idsOf(page.tree)]));

  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s: every internal link and #fragment resolves', (_, page) => {
    const broken: string[] = [];
    const links = elements(page.tree, (element) => element.tagName in LINK_ATTRIBUTES);
    for (const element of links) {
      const value = element.properties[LINK_ATTRIBUTES[element.tagName] === 'href' ? 'href' : 'src'];
      if (typeof value !== 'string') continue;
      const url = new URL(value, new URL(page.path, SITE));
      if (url.origin !== SITE_ORIGIN) continue;
      const target = url.pathname;
      const targetFile = target.endsWith('/') ? `${target}index.html` : target;
      if (!files.has(decodeURIComponent(targetFile))) {
        broken.push(`${value} (no file ${targetFile})`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      // Text fragments (#:~:text=) are for the browser to find, not ids.
      if (fragment === '' || fragment.startsWith(':~:')) continue;
      const ids = idsByPath.get(target);
      if (!ids?.has(fragment)) broken.push(`${value} (no element with id "${fragment}" on ${target})`);
    }
    expect(broken).toEqual([]);
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s: ids are unique', (_, page) => {
    const ids = elements(page.tree, (element) => element.properties.id !== undefined).map((element) => String(element.properties.id));
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
  });
});
