/**
 * The timeline's filters. They filter by CSS (`:has()` on the checked boxes and the
 * chosen option, rules generated here for the values content uses), so they work
 * without JavaScript. With it, the state is kept in the URL query:
 * `?category=attack&category=warning&piece=<article-id>`, exactly what the form
 * would submit. No category means every category; no piece means events either
 * piece refers to. Whatever a URL holds, only known values are kept: a hostile or
 * stale query just shows more.
 */

/** The piece filter's value for events that every piece refers to. */
export const EVERY_PIECE = 'both';

/** The class of an event the URL's #event-… points at: filters never hide it. */
export const ARRIVAL_CLASS = 'is-arrival';

export interface TimelineFilter {
  /** The categories shown, in the order given by `known`; empty for all. */
  categories: string[];
  /** An article id, `EVERY_PIECE`, or undefined for any piece. */
  piece: string | undefined;
}

export interface FilterVocabulary {
  categories: readonly string[];
  pieces: readonly string[];
}

export function readFilter(query: URLSearchParams, known: FilterVocabulary): TimelineFilter {
  const asked = new Set(query.getAll('category'));
  const piece = query.get('piece') ?? undefined;
  return {
    categories: known.categories.filter((category) => asked.has(category)),
    piece: piece !== undefined && (piece === EVERY_PIECE || known.pieces.includes(piece)) ? piece : undefined,
  };
}

/** The query for a filter, "" when nothing is filtered, else starting with "?". */
export function filterQuery(filter: TimelineFilter): string {
  const query = new URLSearchParams();
  for (const category of filter.categories) query.append('category', category);
  if (filter.piece !== undefined) query.set('piece', filter.piece);
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

export function isFiltered(filter: TimelineFilter): boolean {
  return filter.categories.length > 0 || filter.piece !== undefined;
}

const SAFE_VALUE = /^[a-z0-9-]+$/;

/**
 * The stylesheet that does the filtering, within `.timeline-page`: once any
 * category is checked, events of the unchecked ones are hidden; a chosen piece
 * hides the events it does not refer to ("both": those either does not).
 */
export function timelineFilterCss(known: FilterVocabulary): string {
  for (const value of [...known.categories, ...known.pieces]) {
    if (!SAFE_VALUE.test(value)) throw new Error(`Filter value "${value}" is not a plain id.`);
  }
  const event = `.timeline-event:not(.${ARRIVAL_CLASS})`;
  const hide = (selector: string) => `${selector}{display:none}`;
  const chosen = (piece: string) => `.timeline-page:has(select[data-facet="piece"] option[value="${piece}"]:checked)`;
  return [
    ...known.categories.map((category) =>
      hide(
        `.timeline-page:has([data-facet="category"]:checked):not(:has([data-facet="category"][value="${category}"]:checked)) ${event}[data-category="${category}"]`,
      ),
    ),
    ...known.pieces.flatMap((piece) => [
      hide(`${chosen(piece)} ${event}:not([data-pieces~="${piece}"])`),
      hide(`${chosen(EVERY_PIECE)} ${event}:not([data-pieces~="${piece}"])`),
    ]),
  ].join('\n');
}
