import { lineEvent, type ArticleLine } from '../content/article-dates';
import { formatDate, formatDateSpan, type DatePrecision } from '../text/dates';

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

/**
 * Whether a piece could have had the figures reported on its own line's day: a
 * piece dated by when it was written reflects that day (its date is inferred from
 * them); a piece dated by publication had its text fixed before that day's news.
 */
function hadSameDayFigures(articleLine: ArticleLine): boolean {
  return articleLine.line.basis === 'written';
}

/** The last figure a piece could have had. */
export function latestKnownTo<Point extends ReportedFigure>(points: readonly Point[], articleLine: ArticleLine): Point | undefined {
  const { date } = articleLine.line;
  return points.filter((point) => point.date < date || (hadSameDayFigures(articleLine) && point.date === date)).at(-1);
}

/** "on 25 March 2024", "in June 2025": a date at the precision it is known to. */
function when(point: ReportedFigure): string {
  return `${point.precision === 'day' ? 'on' : 'in'} ${formatDateSpan(point)}`;
}

/**
 * The chart in words, for its `<desc>`: where the figure started and ended, and
 * what each piece could have known.
 */
export function describeSeries(points: readonly ReportedFigure[], unit: string, articleLines: readonly ArticleLine[]): string {
  const first = points[0]!;
  const last = points.at(-1)!;
  const sentences = [`From ${figureText(first)} ${unit} ${when(first)} to ${figureText(last)} ${when(last)}.`];
  for (const articleLine of articleLines) {
    const event = `${lineEvent(articleLine)} ${articleLine.line.basis === 'written' ? 'about' : 'on'} ${formatDate(articleLine.line.date)}`;
    const known = latestKnownTo(points, articleLine);
    sentences.push(known ? `${event}; the last figure it could have had was ${figureText(known)} (${when(known)}).` : `${event}, before the first figure here.`);
  }
  return sentences.join(' ');
}

export type TableRow<Point> = { kind: 'figure'; point: Point } | { kind: 'article'; articleLine: ArticleLine };

/**
 * The figures and the pieces’ lines in one date order, for the chart's table. A
 * piece sits after the figures it could have had and before the rest.
 */
export function tableRows<Point extends ReportedFigure>(points: readonly Point[], articleLines: readonly ArticleLine[]): TableRow<Point>[] {
  const rows: TableRow<Point>[] = points.map((point) => ({ kind: 'figure', point }));
  for (const articleLine of [...articleLines].sort((a, b) => a.line.date.localeCompare(b.line.date))) {
    const known = latestKnownTo(points, articleLine);
    let at = known ? rows.findIndex((row) => row.kind === 'figure' && row.point === known) + 1 : 0;
    // Articles come in date order: a later one goes after an earlier one placed here.
    while (rows[at]?.kind === 'article') at++;
    rows.splice(at, 0, { kind: 'article', articleLine });
  }
  return rows;
}
