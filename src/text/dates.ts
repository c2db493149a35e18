import type { CollectionEntry } from 'astro:content';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type DatePrecision = CollectionEntry<'events'>['data']['precision'];

/** A date as content gives it: the first (or only) day, an optional last day, and how precisely it is known. */
export interface DateSpan {
  date: string;
  endDate?: string | undefined;
  precision: DatePrecision;
}

function parts(isoDate: string): { year: number; month: string; monthNumber: number; day: number } {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return { year, month: MONTHS[month - 1]!, monthNumber: month, day };
}

/** "2024-03-27" → "27 March 2024". */
export function formatDate(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  return `${day} ${month} ${year}`;
}

/** "2024-03" or "2024-03-27" → "March 2024". */
export function formatMonth(isoDate: string): string {
  const { year, month } = parts(isoDate);
  return `${month} ${year}`;
}

/** "2024-03-27" → "27 Mar"; with `year`, "27 Mar 2024". */
export function formatShortDate(isoDate: string, { year = false } = {}): string {
  const parsed = parts(isoDate);
  return `${parsed.day} ${parsed.month.slice(0, 3)}${year ? ` ${parsed.year}` : ''}`;
}

/** "2025-06-01" → "Jun"; with `year`, "Jun 2025". */
export function formatShortMonth(isoDate: string, { year = false } = {}): string {
  const parsed = parts(isoDate);
  return `${parsed.month.slice(0, 3)}${year ? ` ${parsed.year}` : ''}`;
}

/**
 * A date span as readers see it, at the precision it is known to:
 * "22 March 2024", "4–16 September 1999", "30 March – 2 April 2024",
 * "February–March 2014", "April 2014", "2014–2016". The parts a range shares
 * are written once.
 */
export function formatDateSpan({ date, endDate, precision }: DateSpan): string {
  const start = parts(date);
  const end = parts(endDate ?? date);
  if (precision === 'year') return start.year === end.year ? `${start.year}` : `${start.year}–${end.year}`;
  if (precision === 'month') {
    if (start.year !== end.year) return `${formatMonth(date)} – ${formatMonth(endDate!)}`;
    return start.monthNumber === end.monthNumber ? formatMonth(date) : `${start.month}–${end.month} ${end.year}`;
  }
  if (endDate === undefined || endDate === date) return formatDate(date);
  if (start.year !== end.year) return `${formatDate(date)} – ${formatDate(endDate)}`;
  if (start.monthNumber !== end.monthNumber) return `${start.day} ${start.month} – ${end.day} ${end.month} ${end.year}`;
  return `${start.day}–${end.day} ${end.month} ${end.year}`;
}

/** The machine-readable start of a span for `<time datetime>`: "1999-09-04", "2014-02" or "2014". */
export function dateTimeAttribute({ date, precision }: Pick<DateSpan, 'date' | 'precision'>): string {
  return precision === 'day' ? date : precision === 'month' ? date.slice(0, 7) : date.slice(0, 4);
}

/**
 * The first and last days a span may cover, as "YYYY-MM-DD" (which compare as
 * strings): an event known only to the month may have happened on any of its days.
 */
export function spanBounds({ date, endDate, precision }: DateSpan): { first: string; last: string } {
  const last = endDate ?? date;
  if (precision === 'year') return { first: `${date.slice(0, 4)}-01-01`, last: `${last.slice(0, 4)}-12-31` };
  if (precision === 'month') {
    const { year, monthNumber } = parts(last);
    const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
    return { first: `${date.slice(0, 7)}-01`, last: `${last.slice(0, 7)}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: date, last };
}

const DAY_MS = 86_400_000;

/** Whole days since 1 January 1970: for measuring the distance between dates. */
export function dayNumber(isoDate: string): number {
  const { year, monthNumber, day } = parts(isoDate);
  return Date.UTC(year, monthNumber - 1, day) / DAY_MS;
}

/** The inverse of `dayNumber`. */
export function isoDateOfDay(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}
