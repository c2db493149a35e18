import { formatShortMonth, spanBounds, type DateSpan } from '../text/dates';
import type { Era } from './eras';
import { assignRows, timeScale, type Extent, type ScaleOptions, SCALE_OPTIONS, type TimeScale } from './time-scale';

/**
 * The geometry of the timeline's overview, drawn at build time as SVG
 * (TimelineOverview.astro): x as shares of the width, y in pixels. Rows are
 * laid out for the narrowest width the overview is drawn at (a 375 px phone),
 * so that at any wider one marks, labels and ticks only move further apart.
 */

export interface OverviewLayout {
  /** The width, in CSS pixels, that rows are laid out for. */
  width: number;
  /** The side of a mark's tap target: every mark is a link. */
  target: number;
  /** The side of a mark's drawn shape. */
  shape: number;
  /** Pixels between two things in one row. */
  gap: number;
  rowHeight: number;
  /** Pixels per character of an 11 px label (a generous estimate: labels never meet). */
  charWidth: number;
  /** The time axis: which days are drawn wider. */
  scale: ScaleOptions;
  /** Years labelled by their last two digits (’99), where the width is short. */
  shortYears: boolean;
}

/**
 * Two layouts, each drawn as its own SVG and shown at the widths it suits
 * (timeline.css): a phone's (the overview is 319 px wide on a 375 px phone) and a
 * wide screen's (712 px at 768 px and wider).
 */
export const OVERVIEW_LAYOUTS = {
  // On a phone, the six days from the attack to The Economist's article get half the width:
  // a day is then wider than a mark, and the marks of one day stack only as high as that day's events.
  narrow: {
    width: 316,
    target: 24,
    shape: 14,
    gap: 1,
    rowHeight: 25,
    charWidth: 7,
    shortYears: true,
    scale: {
      ...SCALE_OPTIONS,
      zooms: [
        { first: '2024-03-01', last: '2024-03-21', weight: 4 },
        { first: '2024-03-22', last: '2024-03-27', weight: 16 },
        { first: '2024-03-28', last: '2024-03-31', weight: 1.5 },
      ],
    },
  },
  wide: { width: 712, target: 24, shape: 14, gap: 2, rowHeight: 26, charWidth: 7, scale: SCALE_OPTIONS, shortYears: false },
} as const satisfies Record<string, OverviewLayout>;

export interface OverviewEvent {
  id: string;
  span: DateSpan;
}

/** A moment a piece is known to have been written or published at. */
export interface ArticleMoment {
  article: string;
  date: string;
}

export interface PlacedMark {
  id: string;
  /** The centre of the mark: the middle of its first day. */
  x: number;
  /** The days it may cover, when more than one (a span, or a month or year it is known only to). */
  bar?: { from: number; to: number; kind: 'span' | 'vague' };
  y: number;
}

export interface PlacedLabel {
  x: number;
  y: number;
  text: string;
}

export type PlacedLine<Moment extends ArticleMoment = ArticleMoment> = Moment & {
  x: number;
  /** Its number in the key under the overview, and where that number is drawn. */
  label: PlacedLabel;
};

export interface EraBand {
  era: Era;
  start: number;
  end: number;
  label: PlacedLabel;
}

export interface OverviewGeometry<Moment extends ArticleMoment = ArticleMoment> {
  scale: TimeScale;
  eras: EraBand[];
  lines: PlacedLine<Moment>[];
  marks: PlacedMark[];
  ticks: PlacedLabel[];
  /** Where the marks' rows start and end, and where the axis is drawn. */
  marksTop: number;
  axisY: number;
  height: number;
}

const middleOf = (scale: TimeScale, isoDate: string) => (scale.x(isoDate) + scale.xEnd(isoDate)) / 2;

function placeMarks(events: readonly OverviewEvent[], scale: TimeScale): Omit<PlacedMark, 'y'>[] {
  return events.map(({ id, span }) => {
    const { first, last } = spanBounds(span);
    const x = middleOf(scale, first);
    // A span of days runs from the middle of its first day to the middle of its last, as marks sit;
    // a month or year an event is known only to covers all of it.
    const bar =
      span.precision !== 'day'
        ? { from: scale.x(first), to: scale.xEnd(last), kind: 'vague' as const }
        : first !== last
          ? { from: x, to: middleOf(scale, last), kind: 'span' as const }
          : undefined;
    return { id, x, ...(bar && { bar }) };
  });
}

function markExtent(mark: Omit<PlacedMark, 'y'>, layout: OverviewLayout): Extent {
  const half = layout.target / 2;
  const left = mark.x * layout.width - half;
  const right = mark.x * layout.width + half;
  return mark.bar ? { left: Math.min(left, mark.bar.from * layout.width), right: Math.max(right, mark.bar.to * layout.width) } : { left, right };
}

interface Label {
  x: number;
  text: string;
  anchor: 'start' | 'middle';
}

/**
 * Labels centred on their x (or starting at it), kept within the frame the chart
 * is drawn in (its width and the padding on each side), each in the first row
 * it fits in, rows going down from `top`. Placed labels start at their x.
 */
function placeLabels(labels: readonly Label[], top: number, layout: OverviewLayout): { placed: PlacedLabel[]; bottom: number } {
  const margin = layout.target / 2;
  const extents = labels.map(({ x, text, anchor }) => {
    const width = text.length * layout.charWidth;
    const wanted = anchor === 'middle' ? x * layout.width - width / 2 : x * layout.width;
    const left = Math.min(Math.max(wanted, -margin), layout.width + margin - width);
    return { left, right: left + width };
  });
  const order = extents.map((_, index) => index).sort((a, b) => extents[a]!.left - extents[b]!.left);
  const sortedRows = assignRows(order.map((index) => extents[index]!), LABEL_GAP);
  const rows: number[] = [];
  order.forEach((index, position) => (rows[index] = sortedRows[position]!));
  const placed = labels.map(({ text }, index) => ({ x: extents[index]!.left / layout.width, text, y: top + (rows[index]! + 1) * LABEL_LINE - 3 }));
  return { placed, bottom: top + (Math.max(-1, ...rows) + 1) * LABEL_LINE };
}

/** The height of a row of labels, and the least space between two in a row. */
const LABEL_LINE = 14;
const LABEL_GAP = 8;

/** The days labelled in a zoomed stretch: its first, and these when they are not too close to it. */
const ZOOM_TICK_DAYS = [1, 8, 15, 22, 25, 29];

/** A label at each stretch's start (a year, or the month it starts in) and each new year in it; days in the zoomed ones. */
function tickLabels(scale: TimeScale, shortYears: boolean): { x: number; text: string; anchor: 'middle' }[] {
  const yearLabel = (year: number) => (shortYears ? `’${String(year).slice(2)}` : String(year));
  return scale.stretches.flatMap((stretch) => {
    if (stretch.zoomed) {
      const first = Number(stretch.first.slice(8));
      return [first, ...ZOOM_TICK_DAYS.filter((day) => day >= first + 3)]
        .map((day) => `${stretch.first.slice(0, 8)}${String(day).padStart(2, '0')}`)
        .filter((date) => date >= stretch.first && date <= stretch.last)
        .map((date) => ({ x: middleOf(scale, date), text: date.endsWith('-01') ? `1 ${formatShortMonth(date)}` : String(Number(date.slice(8))), anchor: 'middle' as const }));
    }
    const firstYear = Number(stretch.first.slice(0, 4));
    const lastYear = Number(stretch.last.slice(0, 4));
    const starts = stretch.first.endsWith('-01-01') ? [] : [{ date: stretch.first, text: formatShortMonth(stretch.first) }];
    for (let year = firstYear; year <= lastYear; year++) if (`${year}-01-01` >= stretch.first) starts.push({ date: `${year}-01-01`, text: yearLabel(year) });
    return starts.map(({ date, text }) => ({ x: Math.max(scale.x(date), stretch.start + 0.005), text, anchor: 'middle' as const }));
  });
}

function eraBands(scale: TimeScale, eras: readonly Era[]): Omit<EraBand, 'label'>[] {
  return eras
    .map((era, index) => {
      const after = index === 0 ? '' : eras[index - 1]!.until!;
      const inEra = scale.stretches.filter((stretch) => stretch.first > after && (era.until === undefined || stretch.first <= era.until));
      return inEra.length === 0 ? undefined : { era, start: inEra[0]!.start, end: inEra.at(-1)!.end };
    })
    .filter((band) => band !== undefined);
}

/** Lays the overview out: era titles, the articles' line numbers, rows of marks, the axis and its labels. */
export function overviewGeometry<Moment extends ArticleMoment>(
  events: readonly OverviewEvent[],
  moments: readonly Moment[],
  eras: readonly Era[],
  layout: OverviewLayout,
): OverviewGeometry<Moment> {
  const dates = [...events.flatMap(({ span }) => Object.values(spanBounds(span))), ...moments.map((moment) => moment.date)];
  const scale = timeScale(dates, layout.scale);
  const bands = eraBands(scale, eras);
  const lineXs = moments.map((moment) => middleOf(scale, moment.date));
  const top = placeLabels(
    [
      ...bands.map((band): Label => ({ x: band.start, text: band.era.title, anchor: 'start' })),
      ...lineXs.map((x, index): Label => ({ x, text: String(index + 1), anchor: 'middle' })),
    ],
    0,
    layout,
  );
  const eraLabels = top.placed.slice(0, bands.length);
  const lineLabels = top.placed.slice(bands.length);
  const marksTop = top.bottom + 4;
  const unplaced = placeMarks(events, scale);
  const rows = assignRows(unplaced.map((mark) => markExtent(mark, layout)), layout.gap);
  const marks = unplaced.map((mark, index) => ({ ...mark, y: marksTop + rows[index]! * layout.rowHeight + layout.rowHeight / 2 }));
  const axisY = marksTop + (Math.max(0, ...rows) + 1) * layout.rowHeight + 2;
  const ticks = placeLabels(tickLabels(scale, layout.shortYears), axisY + 2, layout);
  return {
    scale,
    eras: bands.map((band, index) => ({ ...band, label: eraLabels[index]! })),
    lines: moments.map((moment, index) => ({ ...moment, x: lineXs[index]!, label: lineLabels[index]! })),
    marks,
    ticks: ticks.placed,
    marksTop,
    axisY,
    height: ticks.bottom + 4,
  };
}
