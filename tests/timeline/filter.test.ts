import { describe, expect, it } from 'vitest';
import { EVERY_ARTICLE, filterQuery, isFiltered, readFilter, timelineFilterCss, type FilterVocabulary } from '../../src/timeline/filter';

const KNOWN: FilterVocabulary = { categories: ['background', 'warning', 'attack'], articles: ['economist', 'post'] };
const read = (query: string) => readFilter(new URLSearchParams(query), KNOWN);

describe('timeline filter in the URL', () => {
  it('reads categories and an article, in the vocabulary’s order', () => {
    expect(read('?category=attack&category=background&article=post')).toEqual({ categories: ['background', 'attack'], article: 'post' });
    expect(read('')).toEqual({ categories: [], article: undefined });
    expect(read(`?article=${EVERY_ARTICLE}`)).toEqual({ categories: [], article: EVERY_ARTICLE });
  });

  it('reads links shared when the filter was called piece, and “both” meant every article', () => {
    expect(read('?piece=post')).toEqual({ categories: [], article: 'post' });
    expect(read('?category=attack&piece=both')).toEqual({ categories: ['attack'], article: EVERY_ARTICLE });
  });

  it('ignores what it does not know, so a hostile or stale query only shows more', () => {
    expect(read('?category=<script>&category=attack&category=attack&article=javascript:alert(1)')).toEqual({ categories: ['attack'], article: undefined });
    expect(read('?category=&article=')).toEqual({ categories: [], article: undefined });
  });

  it('writes what the filter form would submit, and nothing when nothing is filtered', () => {
    expect(filterQuery({ categories: ['background', 'attack'], article: 'post' })).toBe('?category=background&category=attack&article=post');
    expect(filterQuery({ categories: [], article: undefined })).toBe('');
    for (const query of ['?category=warning', '?article=economist', `?category=background&category=warning&article=${EVERY_ARTICLE}`]) {
      expect(filterQuery(read(query))).toBe(query);
    }
  });

  it('says whether anything is filtered', () => {
    expect(isFiltered(read(''))).toBe(false);
    expect(isFiltered(read('?article=post'))).toBe(true);
    expect(isFiltered(read('?category=attack'))).toBe(true);
  });
});

describe('timelineFilterCss', () => {
  const css = timelineFilterCss(KNOWN).split('\n');

  it('hides, once any category is checked, the events of each category not checked', () => {
    expect(css).toContain(
      '.timeline-page:has([data-facet="category"]:checked):not(:has([data-facet="category"][value="warning"]:checked)) .timeline-event:not(.is-arrival)[data-category="warning"]{display:none}',
    );
  });

  it('hides the events a chosen article does not refer to, and for “all” those any article does not', () => {
    expect(css).toContain('.timeline-page:has(select[data-facet="article"] option[value="post"]:checked) .timeline-event:not(.is-arrival):not([data-articles~="post"]){display:none}');
    expect(css).toContain('.timeline-page:has(select[data-facet="article"] option[value="all"]:checked) .timeline-event:not(.is-arrival):not([data-articles~="post"]){display:none}');
    expect(css).toContain('.timeline-page:has(select[data-facet="article"] option[value="all"]:checked) .timeline-event:not(.is-arrival):not([data-articles~="economist"]){display:none}');
    expect(css).toHaveLength(KNOWN.categories.length + 2 * KNOWN.articles.length);
  });

  it('refuses a value that is not a plain id, rather than write it into a selector', () => {
    expect(() => timelineFilterCss({ categories: ['attack"]{}*{display:none'], articles: [] })).toThrow('is not a plain id');
  });
});
