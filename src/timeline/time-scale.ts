import { dayNumber, isoDateOfDay } from '../text/dates';

/**
 * The overview's time axis: piecewise linear. The years that hold events are
 * drawn at a compressed scale, the years between them left out (a break on the
 * axis), and the windows where most events fall (March 2024) zoomed. Positions
 * are shares of the width (0–1), so the SVG can draw them as percentages.
 */

/** A window of days drawn wider than the years around it. */
export interface Zoom {
  first: string;
  last: string;
  /** Its width, in the units a year outside any zoom is worth (1). */
  weight: number;
}

export interface ScaleOptions {
  /** The zoomed windows, in date order, not overlapping. */
  zooms: readonly Zoom[];
  /** The narrowest a compressed stretch may be, in the same units as a zoom's weight. */
  minWeight: number;
  /** The width of a break between stretches, in the same units. */
  breakWeight: number;
}

/**
 * March 2024, in two steps: its first weeks (the warnings) zoomed, and the days
 * from 19 March, when nearly every event of the month falls, zoomed further.
 */
export const SCALE_OPTIONS: ScaleOptions = {
  zooms: [
    { first: '2024-03-01', last: '2024-03-18', weight: 3.5 },
    { first: '2024-03-19', last: '2024-03-31', weight: 26 },
  ],
  minWeight: 0.75,
  breakWeight: 0.5,
};

/** A stretch of days drawn at one linear scale. */
export interface Stretch {
  first: string;
  last: string;
  zoomed: boolean;
  /** Where it starts and ends, as shares of the width. */
  start: number;
  end: number;
}

export interface TimeScale {
  stretches: Stretch[];
  /** Where the axis is broken: the middle of each gap between stretches that are not consecutive in time. */
  breaks: number[];
  /** The share of the width at which a day starts (a day is a slot; "YYYY-MM-DD"). */
  x(isoDate: string): number;
  /** The share at which a day ends: the start of the next. */
  xEnd(isoDate: string): number;
}

const DAYS_PER_YEAR = 365.25;

/** Whole years from the first to the last of the days, as runs of consecutive years. */
function yearRuns(days: readonly number[]): [first: number, last: number][] {
  const years = [...new Set(days.map((day) => Number(isoDateOfDay(day).slice(0, 4))))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const year of years) {
    const run = runs.at(-1);
    if (run && run[1] === year - 1) run[1] = year;
    else runs.push([year, year]);
  }
  return runs;
}

interface DayStretch {
  first: number;
  last: number;
  /** The zoom it is, if it is one. */
  zoom?: Zoom;
}

/** The stretches, in days: each run of years, with the zoomed windows cut out of it and kept as stretches of their own. */
function stretchDays(days: readonly number[], zooms: readonly Zoom[]): DayStretch[] {
  return yearRuns(days).flatMap(([firstYear, lastYear]) => {
    const stretches: DayStretch[] = [];
    let from = dayNumber(`${firstYear}-01-01`);
    const last = dayNumber(`${lastYear}-12-31`);
    for (const zoom of zooms) {
      const zoomFirst = dayNumber(zoom.first);
      const zoomLast = dayNumber(zoom.last);
      if (zoomLast < from || zoomFirst > last) continue;
      if (zoomFirst > from) stretches.push({ first: from, last: zoomFirst - 1 });
      stretches.push({ first: zoomFirst, last: zoomLast, zoom });
      from = zoomLast + 1;
    }
    if (from <= last) stretches.push({ first: from, last });
    return stretches;
  });
}

/** A scale covering every day given (the events' and the articles' dates). */
export function timeScale(dates: readonly string[], options: ScaleOptions = SCALE_OPTIONS): TimeScale {
  if (dates.length === 0) throw new Error('A time scale needs at least one date.');
  const spans = stretchDays(dates.map(dayNumber), options.zooms);
  const weights = spans.map((span) => (span.zoom ? span.zoom.weight : Math.max(options.minWeight, (span.last - span.first + 1) / DAYS_PER_YEAR)));
  const broken = spans.map((span, index) => index > 0 && spans[index - 1]!.last + 1 < span.first);
  const total = weights.reduce((sum, weight) => sum + weight, 0) + broken.filter(Boolean).length * options.breakWeight;
  let at = 0;
  const breaks: number[] = [];
  const stretches = spans.map((span, index) => {
    if (broken[index]) {
      breaks.push((at + options.breakWeight / 2) / total);
      at += options.breakWeight;
    }
    const start = at / total;
    at += weights[index]!;
    return { first: isoDateOfDay(span.first), last: isoDateOfDay(span.last), zoomed: span.zoom !== undefined, start, end: at / total, firstDay: span.first, lastDay: span.last };
  });
  const place = (isoDate: string, offset: number) => {
    const day = dayNumber(isoDate);
    const stretch = stretches.find((candidate) => candidate.firstDay <= day && day <= candidate.lastDay);
    if (!stretch) throw new Error(`${isoDate} is outside the dates the time scale was made for.`);
    return stretch.start + ((day - stretch.firstDay + offset) / (stretch.lastDay - stretch.firstDay + 1)) * (stretch.end - stretch.start);
  };
  return {
    stretches: stretches.map(({ first, last, zoomed, start, end }) => ({ first, last, zoomed, start, end })),
    breaks,
    x: (isoDate) => place(isoDate, 0),
    xEnd: (isoDate) => place(isoDate, 1),
  };
}

/** Something to lay out on one axis, in pixels at the width laid out for. */
export interface Extent {
  left: number;
  right: number;
}

/**
 * Rows (lanes) for extents, in the order given, so that no two in a row come
 * closer than `gap` pixels: each goes in the first row it fits in. Returns the row of each.
 */
export function assignRows(extents: readonly Extent[], gap: number): number[] {
  const rowEnds: number[] = [];
  return extents.map(({ left, right }) => {
    let row = rowEnds.findIndex((end) => end + gap <= left);
    if (row === -1) row = rowEnds.push(right) - 1;
    else rowEnds[row] = right;
    return row;
  });
}
