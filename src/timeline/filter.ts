import { queryParam, TIMELINE_PARAMS } from '../routes';

/**
 * The timeline's filters. They filter by CSS (`:has()` on the checked boxes and the
 * chosen option, rules generated here for the values content uses), so they work
 * without JavaScript. With it, the state is kept in the URL query:
 * `?category=attack&category=warning&article=<article-id>`, exactly what the form
 * would submit. No category means every category; no article means events any
 * article refers to. `?as-of=<article-id>` dims (never hides) what came after that
 * article, also by CSS; `?q=` narrows the events to those a search finds (by script:
 * client/find.ts). Whatever a URL holds, only known values are kept: a hostile or
 * stale query just shows more.
 */

/** The article filter's value for events that every article refers to. */
export const EVERY_ARTICLE = 'all';

/** What links shared before the filter's value was renamed said for `EVERY_ARTICLE`. */
const FORMER_EVERY_ARTICLE = 'both';

/** The class of an event the URL's #event-… points at: filters never hide it. */
export const ARRIVAL_CLASS = 'is-arrival';

export interface TimelineFilter {
  /** The categories shown, in the order given by `known`; empty for all. */
  categories: string[];
  /** An article id, `EVERY_ARTICLE`, or undefined for any article. */
  article: string | undefined;
  /** The article the timeline is seen as of, if any. */
  asOf: string | undefined;
  /** The words the events are narrowed to ("" for none). */
  find: string;
}

/** The longest text kept from `?q=`: more than any search needs. */
export const MAX_FIND_LENGTH = 100;

export const NO_FILTER: TimelineFilter = { categories: [], article: undefined, asOf: undefined, find: '' };

export interface FilterVocabulary {
  categories: readonly string[];
  articles: readonly string[];
}

export function readFilter(query: URLSearchParams, known: FilterVocabulary): TimelineFilter {
  const asked = new Set(query.getAll('category'));
  const given = queryParam(query, 'article') ?? undefined;
  const article = given === FORMER_EVERY_ARTICLE ? EVERY_ARTICLE : given;
  const asOf = query.get(TIMELINE_PARAMS.asOf) ?? undefined;
  return {
    categories: known.categories.filter((category) => asked.has(category)),
    article: article !== undefined && (article === EVERY_ARTICLE || known.articles.includes(article)) ? article : undefined,
    asOf: asOf !== undefined && known.articles.includes(asOf) ? asOf : undefined,
    find: (query.get(TIMELINE_PARAMS.find) ?? '').trim().slice(0, MAX_FIND_LENGTH),
  };
}

/** The query for a filter, "" when nothing is filtered, else starting with "?". */
export function filterQuery(filter: TimelineFilter): string {
  const query = new URLSearchParams();
  for (const category of filter.categories) query.append('category', category);
  if (filter.article !== undefined) query.set('article', filter.article);
  if (filter.asOf !== undefined) query.set(TIMELINE_PARAMS.asOf, filter.asOf);
  if (filter.find !== '') query.set(TIMELINE_PARAMS.find, filter.find);
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/** Whether some events may be hidden (seeing the timeline as of an article hides none). */
export function isFiltered(filter: TimelineFilter): boolean {
  return filter.categories.length > 0 || filter.article !== undefined || filter.find !== '';
}

const SAFE_VALUE = /^[a-z0-9-]+$/;

/**
 * The stylesheet that does the filtering, within `.timeline-page`: once any
 * category is checked, events of the unchecked ones are hidden; a chosen article
 * hides the events it does not refer to ("all": those any article does not).
 * Seen as of an article, the events and marks that came after it are dimmed, its
 * "After this piece" labels shown, its lines in the overview and the figures it
 * used in the charts picked out.
 */
export function timelineFilterCss(known: FilterVocabulary): string {
  for (const value of [...known.categories, ...known.articles]) {
    if (!SAFE_VALUE.test(value)) throw new Error(`Filter value "${value}" is not a plain id.`);
  }
  // An event's card and its mark in the overview are hidden together.
  const event = `:is(.timeline-event:not(.${ARRIVAL_CLASS}),.overview-mark)`;
  const hide = (selector: string) => `${selector}{display:none}`;
  const chosen = (article: string) => `.timeline-page:has(select[data-facet="article"] option[value="${article}"]:checked)`;
  const asOf = (article: string) => `.timeline-page:has(select[data-facet="as-of"] option[value="${article}"]:checked)`;
  return [
    ...known.categories.map((category) =>
      hide(
        `.timeline-page:has([data-facet="category"]:checked):not(:has([data-facet="category"][value="${category}"]:checked)) ${event}[data-category="${category}"]`,
      ),
    ),
    ...known.articles.flatMap((article) => [
      hide(`${chosen(article)} ${event}:not([data-articles~="${article}"])`),
      hide(`${chosen(EVERY_ARTICLE)} ${event}:not([data-articles~="${article}"])`),
    ]),
    ...known.articles.flatMap((article) => [
      `${asOf(article)} .timeline-event[data-after~="${article}"]{border-style:dashed}`,
      `${asOf(article)} .timeline-event[data-after~="${article}"] .timeline-event__card{color:var(--ink-muted);background:var(--paper)}`,
      `${asOf(article)} .timeline-event[data-after~="${article}"] .as-of-after{display:inline-block}`,
      `${asOf(article)} .overview-mark[data-after~="${article}"]{opacity:.3}`,
      `${asOf(article)} .timeline-overview__line[data-article="${article}"] line{stroke-width:3px}`,
      `${asOf(article)} .timeline-overview__key li[data-article="${article}"]{font-weight:700}`,
      `${asOf(article)} .figure-chart__used[data-used-by="${article}"]{display:inline}`,
    ]),
  ].join('\n');
}
