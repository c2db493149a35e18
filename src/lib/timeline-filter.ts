/**
 * The timeline's filters as a URL query: `?category=attack&category=warning&piece=<article-id>`,
 * exactly what the filter form submits. No category means every category; no
 * piece means events either piece refers to. Whatever a URL holds, only known
 * values are kept: a hostile or stale query just shows more.
 */

/** The piece filter's value for events that every piece refers to. */
export const EVERY_PIECE = 'both';

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

/** What an event is filtered on. */
export interface FilterableEvent {
  category: string;
  /** Ids of the articles whose claims refer to it. */
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

export function showsEvent(filter: TimelineFilter, event: FilterableEvent, known: FilterVocabulary): boolean {
  if (filter.categories.length > 0 && !filter.categories.includes(event.category)) return false;
  if (filter.piece === undefined) return true;
  if (filter.piece === EVERY_PIECE) return known.pieces.every((piece) => event.pieces.includes(piece));
  return event.pieces.includes(filter.piece);
}

export function isFiltered(filter: TimelineFilter): boolean {
  return filter.categories.length > 0 || filter.piece !== undefined;
}
