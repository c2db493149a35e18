import { describe, expect, it } from 'vitest';
import { builtFiles, builtPages, elements } from '../support/built-site';
import { brokenLinks } from '../support/link-check';
import { SITE } from '../support/project';

describe('internal links and fragments in dist/', async () => {
  const pages = await builtPages();
  const broken = brokenLinks(pages, new Set(await builtFiles()), SITE);

  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s: every internal link and #fragment resolves', (path) => {
    expect(broken.get(path)).toEqual([]);
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s: ids are unique', (_, page) => {
    const ids = elements(page.tree, (element) => element.properties.id !== undefined).map((element) => String(element.properties.id));
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
  });
});
