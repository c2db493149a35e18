import { formatDate, formatDateSpan, type DatePrecision } from './dates';

export interface ReportedFigure {
  date: string;
  precision: DatePrecision;
  value: number;
  upTo?: number | undefined;
}

/** 139, or 145–150 for a range. */
export function figureText(point: Pick<ReportedFigure, 'value' | 'upTo'>): string {
  return point.upTo === undefined ? String(point.value) : `${point.value}–${point.upTo}`;
}

/** The last figure reported before a date: what a piece published that day could have had. */
export function latestBefore<Point extends ReportedFigure>(points: readonly Point[], date: string): Point | undefined {
  return points.filter((point) => point.date < date).at(-1);
}

export interface Publication {
  date: string;
  outlet: string;
}

/**
 * The chart in words, for its `<desc>`: where the figure started and ended, and
 * what it stood at when each piece was published.
 */
export function describeSeries(points: readonly ReportedFigure[], unit: string, publications: readonly Publication[]): string {
  const when = (point: ReportedFigure) => formatDateSpan(point);
  const first = points[0]!;
  const last = points.at(-1)!;
  const sentences = [`From ${figureText(first)} ${unit} on ${when(first)} to ${figureText(last)} on ${when(last)}.`];
  for (const publication of publications) {
    const known = latestBefore(points, publication.date);
    sentences.push(
      known
        ? `${publication.outlet} was published on ${formatDate(publication.date)}; the last figure reported before then was ${figureText(known)} (${when(known)}).`
        : `${publication.outlet} was published on ${formatDate(publication.date)}, before the first figure here.`,
    );
  }
  return sentences.join(' ');
}

export type TableRow<Point> = { kind: 'figure'; point: Point } | { kind: 'publication'; publication: Publication };

/**
 * The figures and the pieces' publication dates in one date order, for the
 * chart's table. A piece comes before figures reported on its own day: it
 * could not have had them.
 */
export function tableRows<Point extends ReportedFigure>(points: readonly Point[], publications: readonly Publication[]): TableRow<Point>[] {
  const rows: TableRow<Point>[] = points.map((point) => ({ kind: 'figure', point }));
  for (const publication of [...publications].sort((a, b) => a.date.localeCompare(b.date))) {
    const at = rows.findIndex((row) => row.kind === 'figure' && row.point.date >= publication.date);
    rows.splice(at === -1 ? rows.length : at, 0, { kind: 'publication', publication });
  }
  return rows;
}
