import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus, type SyntheticCorpus } from '../../scripts/bench/synthetic-site';
import { builtFiles, builtPages, elements, type BuiltPage } from '../support/built-site';
import { buildEditedCopy, type EditedBuild } from '../support/fixture-site';
import { brokenLinks } from '../support/link-check';

/**
 * The engine is content-agnostic: a third piece is only files under content/ (its
 * Markdown, its claims, the events they refer to), and every page takes it in.
 * The piece is generated (scripts/bench/synthetic-site.ts), outlet "Synthetic Review".
 */

describe('a third article, added as files under content/ only', () => {
  let copy: EditedBuild;
  let corpus: SyntheticCorpus;
  let pages: BuiltPage[];
  const page = (path: string) => {
    const found = pages.find((candidate) => candidate.path === path);
    if (!found) throw new Error(`${path} was not built`);
    return found;
  };
  const all = (path: string, test: (element: Element) => boolean) => elements(page(path).tree, test);
  const byClass = (name: string) => (element: Element) => (element.properties.className as string[] | undefined)?.includes(name) ?? false;
  /** The options of the select named (or with the id) `key`. */
  const optionsOf = (path: string, key: string) =>
    all(path, (element) => element.tagName === 'select' && (element.properties.name === key || element.properties.id === key)).flatMap((select) =>
      elements({ type: 'root', children: [select] }, (element) => element.tagName === 'option').map((option) => toString(option)),
    );

  beforeAll(async () => {
    copy = await buildEditedCopy(async (root) => {
      corpus = await writeSyntheticCorpus(root, { articles: 1, paragraphs: 5 });
    });
    if (copy.result.code !== 0) throw new Error(`The site did not build:\n${copy.result.output}`);
    pages = await builtPages(copy.dist);
  }, 180_000);
  afterAll(() => copy?.remove());

  it('gets its page, its claims’ pages and its annotation export, with every link resolving', async () => {
    const [id] = corpus.articleIds;
    expect(all(`/articles/${id}/`, (element) => element.tagName === 'mark' && byClass('claim')(element)).length).toBeGreaterThanOrEqual(corpus.claims);
    expect(pages.filter((built) => built.path.startsWith(`/claims/${id}-claim-`))).toHaveLength(corpus.claims);
    const files = new Set(await builtFiles(copy.dist));
    expect(files).toContain(`/annotations/${id}.jsonld`);
    expect([...brokenLinks(pages, files, new URL('http://localhost:4321/')).values()].flat()).toEqual([]);
  });

  it('is counted and named wherever the site speaks of its pieces', () => {
    expect(all('/', byClass('article-card'))).toHaveLength(3);
    const intro = toString(all('/', (element) => element.tagName === 'main')[0]!).replace(/\s+/g, ' ');
    expect(intro).toContain('faithful copies of the three pieces');
    const footer = toString(all('/', byClass('site-footer'))[0]!).replace(/\s+/g, ' ');
    expect(footer).toMatch(/copies of three pieces .*Synthetic Review/);
    expect(optionsOf('/search/', 'article')[0]).toBe('All three pieces');
    const text = (path: string) => toString(all(path, (element) => element.tagName === 'main')[0]!).replace(/\s+/g, ' ');
    expect(text('/404.html')).toContain('You can read any piece from the start');
    expect(text('/compare/')).toContain('The three pieces side by side');
    expect(text('/compare/')).toContain('have no counterpart in any other piece');
    expect(text('/timeline/')).toContain('Every event the three pieces argue from');
    expect(text('/claims/')).toContain('Every check-worthy claim in the three pieces');
    expect(optionsOf('/claims/', 'article')).toEqual(expect.arrayContaining(['All three pieces', 'Synthetic Review']));
    expect(optionsOf('/timeline/', 'timeline-filter-article')).toEqual(expect.arrayContaining(['Any piece', 'Synthetic Review', 'All three pieces']));
  });

  it('is searchable', async () => {
    const index = await readFile(join(copy.dist, 'search-index.json'), 'utf8');
    expect(index).toContain(`/articles/${corpus.articleIds[0]}/#p-`);
  });
});
