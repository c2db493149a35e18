import { lineEvent, type ArticleLine } from '../content/article-dates';
import { formatDate, spanBounds, type DateSpan } from '../text/dates';

/**
 * Where an event falls against the line a piece's authors' knowledge stops at
 * (see `knowledgeLine`): wholly before it; on that very day (they may or may
 * not have known); begun before but not over (or known only to a month or year
 * that includes the day); or after it, news the authors could not have had.
 */
export type PublicationTiming = 'before' | 'same-day' | 'under-way' | 'after';

export function timingAgainst(event: DateSpan, line: string): PublicationTiming {
  const { first, last } = spanBounds(event);
  if (last < line) return 'before';
  if (first > line) return 'after';
  return first === line && last === line ? 'same-day' : 'under-way';
}

const TIMING_NOTES: Record<Exclude<PublicationTiming, 'before'>, (moment: string) => string> = {
  'same-day': (moment) => `On the day ${moment}: it may not reflect it`,
  'under-way': (moment) => `Under way when ${moment}`,
  after: (moment) => `After ${moment}: its authors could not have known it`,
};

/**
 * What readers are told, e.g. "After The Economist’s analysis was published
 * (27 March 2024): its authors could not have known it", or "… was written
 * (about 23 March 2024) …"; nothing for events before the line.
 */
export function timingNote(timing: PublicationTiming, articleLine: ArticleLine): string | undefined {
  if (timing === 'before') return undefined;
  const about = articleLine.line.basis === 'written' ? 'about ' : '';
  return TIMING_NOTES[timing](`${lineEvent(articleLine)} (${about}${formatDate(articleLine.line.date)})`);
}

/** The articles an event came wholly after (their authors could not have known it), by id. */
export function articlesAfter(event: DateSpan, lines: readonly { id: string; line: string }[]): string[] {
  return lines.filter(({ line }) => timingAgainst(event, line) === 'after').map(({ id }) => id);
}
