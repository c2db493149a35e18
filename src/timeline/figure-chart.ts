import { dayNumber, formatShortDate, formatShortMonth, isoDateOfDay } from '../text/dates';

/**
 * The geometry of a small step chart of a figure over time, computed when the
 * site is built and drawn as plain SVG. Horizontal positions are fractions of
 * the chart's width (drawn as percentages, so the chart fits any screen while
 * its text keeps its size); vertical positions are pixels.
 *
 * Time is drawn in stretches: dates far apart (the week of the attack, mid-2025,
 * the verdict of 2026) each get a readable share of the width, with a marked
 * break in the time axis between them, and time runs evenly within a stretch.
 */

export interface SeriesPoint {
  date: string;
  value: number;
  /** The top of a range (145–150). */
  upTo?: number | undefined;
}

export interface DateMarker {
  date: string;
  label: string;
}

export interface ChartLayout {
  /** The plot's own height in pixels, without labels above and below. */
  plotHeight: number;
  /** Pixels below the plot for the date labels (two lines). */
  bottom: number;
  /** Pixels a row of marker labels takes above the plot. */
  markerRowHeight: number;
  /** Shares of the width kept free at the left (the value labels sit there) and at the right. */
  insetStart: number;
  insetEnd: number;
  /** Dates more than this many days apart go in separate stretches. */
  maxGapDays: number;
  /** The share of the width a break between stretches takes. */
  breakWidth: number;
  /** The least share a stretch gets of the width left for stretches (after insets and breaks), so its label fits. */
  minStretchShare: number;
  /** How many date labels fit across the whole width on the narrowest screen. */
  maxDateTicks: number;
  /** How many value gridlines to aim for. */
  valueTicks: number;
  /** Marker labels closer than this share of the width go on separate rows. */
  minMarkerGap: number;
}

export const CHART_LAYOUT: ChartLayout = {
  plotHeight: 200,
  bottom: 40,
  markerRowHeight: 18,
  insetStart: 0.09,
  insetEnd: 0.04,
  maxGapDays: 45,
  breakWidth: 0.05,
  minStretchShare: 0.18,
  maxDateTicks: 5,
  valueTicks: 5,
  minMarkerGap: 0.35,
};

export interface Stretch {
  firstDay: number;
  lastDay: number;
  /** Where it starts and ends, as shares of the width. */
  start: number;
  end: number;
}

export interface TimeScale {
  x(isoDate: string): number;
  stretches: Stretch[];
  /** The centre of each break between stretches. */
  breaks: number[];
}

export function timeScale(dates: readonly string[], layout: ChartLayout = CHART_LAYOUT): TimeScale {
  const days = [...new Set(dates.map(dayNumber))].sort((a, b) => a - b);
  if (days.length === 0) throw new Error('A time scale needs at least one date.');
  const groups: number[][] = [];
  for (const day of days) {
    const current = groups.at(-1);
    if (current && day - current.at(-1)! <= layout.maxGapDays) current.push(day);
    else groups.push([day]);
  }
  const available = 1 - layout.insetStart - layout.insetEnd - layout.breakWidth * (groups.length - 1);
  const shares = fitShares(
    groups.map((group) => group.at(-1)! - group[0]! + 1),
    layout.minStretchShare,
  );
  let start = layout.insetStart;
  const stretches = groups.map((group, index) => {
    const width = shares[index]! * available;
    const stretch = { firstDay: group[0]!, lastDay: group.at(-1)!, start, end: start + width };
    start += width + layout.breakWidth;
    return stretch;
  });
  return {
    stretches,
    breaks: stretches.slice(0, -1).map((stretch) => stretch.end + layout.breakWidth / 2),
    x(isoDate) {
      const day = dayNumber(isoDate);
      const stretch = stretches.find((candidate) => candidate.firstDay <= day && day <= candidate.lastDay);
      if (!stretch) throw new Error(`${isoDate} is outside the dates the time scale was made for.`);
      // Each day is a slot of equal width; a date sits in the middle of its slot.
      return stretch.start + ((day - stretch.firstDay + 0.5) / (stretch.lastDay - stretch.firstDay + 1)) * (stretch.end - stretch.start);
    },
  };
}

/** Shares proportional to `weights`, none below `minimum` (equal shares when the minimum cannot be kept). */
export function fitShares(weights: readonly number[], minimum: number): number[] {
  if (minimum * weights.length >= 1) return weights.map(() => 1 / weights.length);
  const atMinimum = new Set<number>();
  for (;;) {
    const free = weights.reduce((sum, weight, index) => (atMinimum.has(index) ? sum : sum + weight), 0);
    const left = 1 - minimum * atMinimum.size;
    const shares = weights.map((weight, index) => (atMinimum.has(index) ? minimum : (left * weight) / free));
    const tooSmall = shares.findIndex((share, index) => share < minimum && !atMinimum.has(index));
    if (tooSmall === -1) return shares;
    atMinimum.add(tooSmall);
  }
}

/** A round step (1, 2, 2.5 or 5 times a power of ten) giving about `count` gridlines up to `max`. */
export function valueTicks(max: number, count: number): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((multiple) => multiple * power).find((candidate) => candidate >= raw)!;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, index) => Number((index * step).toPrecision(12)));
}

const DAY_STEPS = [1, 2, 3, 7, 14, 28];

export interface DateTick {
  x: number;
  /** The date, and under it the year where it is first shown or changes. */
  lines: [string] | [string, string];
}

/** Labels for each stretch: its days at an even step, or its month alone when it is a single day. */
export function dateTicks(scale: TimeScale, layout: ChartLayout = CHART_LAYOUT): DateTick[] {
  const ticks: DateTick[] = [];
  for (const stretch of scale.stretches) {
    const first = isoDateOfDay(stretch.firstDay);
    if (stretch.firstDay === stretch.lastDay) {
      ticks.push({ x: scale.x(first), lines: [formatShortMonth(first), first.slice(0, 4)] });
      continue;
    }
    const share = (stretch.end - stretch.start) / (1 - layout.insetStart - layout.insetEnd);
    const room = Math.max(1, Math.floor(share * layout.maxDateTicks));
    const length = stretch.lastDay - stretch.firstDay + 1;
    const step = DAY_STEPS.find((candidate) => Math.ceil(length / candidate) <= room) ?? length;
    let shownYear: string | undefined;
    for (let day = stretch.firstDay; day <= stretch.lastDay; day += step) {
      const date = isoDateOfDay(day);
      const year = date.slice(0, 4);
      ticks.push({ x: scale.x(date), lines: year === shownYear ? [formatShortDate(date)] : [formatShortDate(date), year] });
      shownYear = year;
    }
  }
  return ticks;
}

export interface ChartSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** True where the line crosses a break in the time axis (drawn dashed). */
  acrossBreak: boolean;
}

export interface ChartDot {
  x: number;
  y: number;
  /** The top of a range, when the point is one. */
  yTop: number | undefined;
}

export interface PlacedMarker {
  x: number;
  label: string;
  /** The baseline of its label. */
  labelY: number;
  anchor: 'start' | 'end';
}

export interface ChartGeometry {
  height: number;
  plotTop: number;
  plotBottom: number;
  valueTicks: { y: number; value: number }[];
  dateTicks: DateTick[];
  breaks: number[];
  /** The step line: each figure holds until the next is reported. */
  segments: ChartSegment[];
  dots: ChartDot[];
  markers: PlacedMarker[];
}

export function chartGeometry(points: readonly SeriesPoint[], markers: readonly DateMarker[], layout: ChartLayout = CHART_LAYOUT): ChartGeometry {
  const ordered = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const scale = timeScale([...ordered.map((point) => point.date), ...markers.map((marker) => marker.date)], layout);

  const rows: number[][] = [];
  const placed = [...markers]
    .map((marker) => ({ marker, x: scale.x(marker.date) }))
    .sort((a, b) => a.x - b.x)
    .map(({ marker, x }) => {
      let row = rows.findIndex((taken) => taken.every((other) => Math.abs(other - x) >= layout.minMarkerGap));
      if (row === -1) row = rows.push([]) - 1;
      rows[row]!.push(x);
      return { x, label: marker.label, labelY: (row + 1) * layout.markerRowHeight - 5, anchor: x > 0.5 ? ('end' as const) : ('start' as const) };
    });

  const plotTop = Math.max(rows.length, 1) * layout.markerRowHeight + 6;
  const plotBottom = plotTop + layout.plotHeight;
  const ticks = valueTicks(Math.max(...ordered.map((point) => point.upTo ?? point.value)), layout.valueTicks);
  const top = ticks.at(-1)!;
  const y = (value: number) => plotBottom - (value / top) * layout.plotHeight;
  const stretchOf = (date: string) => scale.stretches.findIndex((stretch) => stretch.firstDay <= dayNumber(date) && dayNumber(date) <= stretch.lastDay);

  const segments: ChartSegment[] = [];
  ordered.forEach((point, index) => {
    const previous = ordered[index - 1];
    if (!previous) return;
    const [x1, x2] = [scale.x(previous.date), scale.x(point.date)];
    if (x1 !== x2) segments.push({ x1, y1: y(previous.value), x2, y2: y(previous.value), acrossBreak: stretchOf(previous.date) !== stretchOf(point.date) });
    if (previous.value !== point.value) segments.push({ x1: x2, y1: y(previous.value), x2, y2: y(point.value), acrossBreak: false });
  });

  return {
    height: plotBottom + layout.bottom,
    plotTop,
    plotBottom,
    valueTicks: ticks.map((value) => ({ value, y: y(value) })),
    dateTicks: dateTicks(scale, layout),
    breaks: scale.breaks,
    segments,
    dots: ordered.map((point) => ({ x: scale.x(point.date), y: y(point.value), yTop: point.upTo === undefined ? undefined : y(point.upTo) })),
    markers: placed,
  };
}

/** An x position as an SVG length: a percentage of the chart's width. */
export function asPercent(share: number): string {
  return `${Number((share * 100).toFixed(3))}%`;
}
