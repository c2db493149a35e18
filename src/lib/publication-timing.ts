import { formatDate, spanBounds, type DateSpan } from './dates';

/**
 * Where an event falls against a piece's first publication: wholly before it;
 * on that very day (the authors may or may not have known); begun before but
 * not over (or known only to a month or year that includes the day); or after
 * it, news the authors could not have had.
 */
export type PublicationTiming = 'before' | 'same-day' | 'under-way' | 'after';

export function timingAgainst(event: DateSpan, published: string): PublicationTiming {
  const { first, last } = spanBounds(event);
  if (last < published) return 'before';
  if (first > published) return 'after';
  return first === published && last === published ? 'same-day' : 'under-way';
}

const TIMING_NOTES: Record<Exclude<PublicationTiming, 'before'>, (outlet: string, published: string) => string> = {
  'same-day': (outlet, published) => `On the day ${outlet} was published (${published}): it may not reflect it`,
  'under-way': (outlet, published) => `Under way when ${outlet} was published (${published})`,
  after: (outlet, published) => `After ${outlet} was published (${published}): its authors could not have known it`,
};

/**
 * What readers are told, e.g. "After The Economist was published (27 March 2024):
 * its authors could not have known it"; nothing for events before publication.
 */
export function timingNote(timing: PublicationTiming, outlet: string, published: string): string | undefined {
  return timing === 'before' ? undefined : TIMING_NOTES[timing](outlet, formatDate(published));
}
