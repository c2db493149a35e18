import { describe, expect, it } from 'vitest';
import { EVERY_ARTICLE, filterQuery, isFiltered, MAX_FIND_LENGTH, NO_FILTER, readFilter, timelineFilterCss, type FilterVocabulary } from '../../src/timeline/filter';

const KNOWN: FilterVocabulary = { categories: ['background', 'warning', 'attack'], articles: ['economist', 'post'] };
const read = (query: string) => readFilter(new URLSearchParams(query), KNOWN);
/** A filter with only what the test sets. */
const filter = (set: Partial<typeof NO_FILTER>) => ({ ...NO_FILTER, ...set });

describe('timeline filter in the URL', () => {
  it('reads categories and an article, in the vocabulary’s order', () => {
    expect(read('?category=attack&category=background&article=post')).toEqual(filter({ categories: ['background', 'attack'], article: 'post' }));
    expect(read('')).toEqual(NO_FILTER);
    expect(read(`?article=${EVERY_ARTICLE}`)).toEqual(filter({ article: EVERY_ARTICLE }));
  });

  it('reads the article the timeline is seen as of, and the words it is narrowed to', () => {
    expect(read('?as-of=economist&q=+embassy+')).toEqual(filter({ asOf: 'economist', find: 'embassy' }));
    expect(read(`?as-of=${EVERY_ARTICLE}`).asOf).toBeUndefined();
    expect(read(`?q=${'a'.repeat(500)}`).find).toHaveLength(MAX_FIND_LENGTH);
  });

  it('reads links shared when the filter was called piece, and “both” meant every article', () => {
    expect(read('?piece=post')).toEqual(filter({ article: 'post' }));
    expect(read('?category=attack&piece=both')).toEqual(filter({ categories: ['attack'], article: EVERY_ARTICLE }));
  });

  it('ignores what it does not know, so a hostile or stale query only shows more', () => {
    expect(read('?category=<script>&category=attack&category=attack&article=javascript:alert(1)&as-of=<script>')).toEqual(filter({ categories: ['attack'] }));
    expect(read('?category=&article=&as-of=')).toEqual(NO_FILTER);
  });

  it('writes what the filter form would submit, and nothing when nothing is filtered', () => {
    expect(filterQuery(filter({ categories: ['background', 'attack'], article: 'post' }))).toBe('?category=background&category=attack&article=post');
    expect(filterQuery(NO_FILTER)).toBe('');
    for (const query of ['?category=warning', '?article=economist', `?category=background&category=warning&article=${EVERY_ARTICLE}`, '?as-of=post&q=embassy+alert']) {
      expect(filterQuery(read(query))).toBe(query);
    }
  });

  it('says whether anything is filtered', () => {
    expect(isFiltered(read(''))).toBe(false);
    expect(isFiltered(read('?article=post'))).toBe(true);
    expect(isFiltered(read('?category=attack'))).toBe(true);
    expect(isFiltered(read('?q=embassy'))).toBe(true);
    // Seen as of an article, every event is still shown.
    expect(isFiltered(read('?as-of=post'))).toBe(false);
  });
});

describe('timelineFilterCss', () => {
  const css = timelineFilterCss(KNOWN).split('\n');

  it('hides, once any category is checked, the events of each category not checked', () => {
    expect(css).toContain(
      '.timeline-page:has([data-facet="category"]:checked):not(:has([data-facet="category"][value="warning"]:checked)) :is(.timeline-event:not(.is-arrival),.overview-mark)[data-category="warning"]{display:none}',
    );
  });

  it('hides the events a chosen article does not refer to, and for “all” those any article does not', () => {
    const event = ':is(.timeline-event:not(.is-arrival),.overview-mark)';
    expect(css).toContain(`.timeline-page:has(select[data-facet="article"] option[value="post"]:checked) ${event}:not([data-articles~="post"]){display:none}`);
    expect(css).toContain(`.timeline-page:has(select[data-facet="article"] option[value="all"]:checked) ${event}:not([data-articles~="post"]){display:none}`);
    expect(css).toContain(`.timeline-page:has(select[data-facet="article"] option[value="all"]:checked) ${event}:not([data-articles~="economist"]){display:none}`);
  });

  it('seen as of an article, dims the cards and marks of what came after it, and shows their label', () => {
    const asOf = '.timeline-page:has(select[data-facet="as-of"] option[value="post"]:checked)';
    expect(css).toContain(`${asOf} .timeline-event[data-after~="post"] .as-of-after{display:inline-block}`);
    expect(css).toContain(`${asOf} .overview-mark[data-after~="post"]{opacity:.3}`);
    expect(css.filter((rule) => rule.includes('[data-after~="economist"]')).every((rule) => rule.includes('option[value="economist"]:checked'))).toBe(true);
  });

  it('refuses a value that is not a plain id, rather than write it into a selector', () => {
    expect(() => timelineFilterCss({ categories: ['attack"]{}*{display:none'], articles: [] })).toThrow('is not a plain id');
  });
});
