import { queryParam } from '../routes';

/**
 * The timeline's filters. They filter by CSS (`:has()` on the checked boxes and the
 * chosen option, rules generated here for the values content uses), so they work
 * without JavaScript. With it, the state is kept in the URL query:
 * `?category=attack&category=warning&article=<article-id>`, exactly what the form
 * would submit. No category means every category; no article means events any
 * article refers to. Whatever a URL holds, only known values are kept: a hostile or
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
}

export interface FilterVocabulary {
  categories: readonly string[];
  articles: readonly string[];
}

export function readFilter(query: URLSearchParams, known: FilterVocabulary): TimelineFilter {
  const asked = new Set(query.getAll('category'));
  const given = queryParam(query, 'article') ?? undefined;
  const article = given === FORMER_EVERY_ARTICLE ? EVERY_ARTICLE : given;
  return {
    categories: known.categories.filter((category) => asked.has(category)),
    article: article !== undefined && (article === EVERY_ARTICLE || known.articles.includes(article)) ? article : undefined,
  };
}

/** The query for a filter, "" when nothing is filtered, else starting with "?". */
export function filterQuery(filter: TimelineFilter): string {
  const query = new URLSearchParams();
  for (const category of filter.categories) query.append('category', category);
  if (filter.article !== undefined) query.set('article', filter.article);
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

export function isFiltered(filter: TimelineFilter): boolean {
  return filter.categories.length > 0 || filter.article !== undefined;
}

const SAFE_VALUE = /^[a-z0-9-]+$/;

/**
 * The stylesheet that does the filtering, within `.timeline-page`: once any
 * category is checked, events of the unchecked ones are hidden; a chosen article
 * hides the events it does not refer to ("all": those any article does not).
 */
export function timelineFilterCss(known: FilterVocabulary): string {
  for (const value of [...known.categories, ...known.articles]) {
    if (!SAFE_VALUE.test(value)) throw new Error(`Filter value "${value}" is not a plain id.`);
  }
  const event = `.timeline-event:not(.${ARRIVAL_CLASS})`;
  const hide = (selector: string) => `${selector}{display:none}`;
  const chosen = (article: string) => `.timeline-page:has(select[data-facet="article"] option[value="${article}"]:checked)`;
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
  ].join('\n');
}
