import { describe, expect, it } from 'vitest';
import { EVERY_PIECE, filterQuery, isFiltered, readFilter, timelineFilterCss, type FilterVocabulary } from '../../src/lib/timeline-filter';

const KNOWN: FilterVocabulary = { categories: ['background', 'warning', 'attack'], pieces: ['economist', 'post'] };
const read = (query: string) => readFilter(new URLSearchParams(query), KNOWN);

describe('timeline filter in the URL', () => {
  it('reads categories and a piece, in the vocabulary’s order', () => {
    expect(read('?category=attack&category=background&piece=post')).toEqual({ categories: ['background', 'attack'], piece: 'post' });
    expect(read('')).toEqual({ categories: [], piece: undefined });
    expect(read(`?piece=${EVERY_PIECE}`)).toEqual({ categories: [], piece: EVERY_PIECE });
  });

  it('ignores what it does not know, so a hostile or stale query only shows more', () => {
    expect(read('?category=<script>&category=attack&category=attack&piece=javascript:alert(1)')).toEqual({ categories: ['attack'], piece: undefined });
    expect(read('?category=&piece=')).toEqual({ categories: [], piece: undefined });
  });

  it('writes what the filter form would submit, and nothing when nothing is filtered', () => {
    expect(filterQuery({ categories: ['background', 'attack'], piece: 'post' })).toBe('?category=background&category=attack&piece=post');
    expect(filterQuery({ categories: [], piece: undefined })).toBe('');
    for (const query of ['?category=warning', '?piece=economist', '?category=background&category=warning&piece=both']) {
      expect(filterQuery(read(query))).toBe(query);
    }
  });

  it('says whether anything is filtered', () => {
    expect(isFiltered(read(''))).toBe(false);
    expect(isFiltered(read('?piece=post'))).toBe(true);
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

  it('hides the events a chosen piece does not refer to, and for “both” those either does not', () => {
    expect(css).toContain('.timeline-page:has(select[data-facet="piece"] option[value="post"]:checked) .timeline-event:not(.is-arrival):not([data-pieces~="post"]){display:none}');
    expect(css).toContain('.timeline-page:has(select[data-facet="piece"] option[value="both"]:checked) .timeline-event:not(.is-arrival):not([data-pieces~="post"]){display:none}');
    expect(css).toContain('.timeline-page:has(select[data-facet="piece"] option[value="both"]:checked) .timeline-event:not(.is-arrival):not([data-pieces~="economist"]){display:none}');
    expect(css).toHaveLength(KNOWN.categories.length + 2 * KNOWN.pieces.length);
  });

  it('refuses a value that is not a plain id, rather than write it into a selector', () => {
    expect(() => timelineFilterCss({ categories: ['attack"]{}*{display:none'], pieces: [] })).toThrow('is not a plain id');
  });
});
