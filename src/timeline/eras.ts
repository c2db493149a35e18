import { formatDateSpan, spanBounds, type DatePrecision, type DateSpan } from '../text/dates';

export interface Era {
  id: string;
  title: string;
  /** The last day of the era ("YYYY-MM-DD"); the last era runs on. */
  until?: string;
  /** How precisely the era's own span is given under its title. */
  spanPrecision: DatePrecision;
}

/** The bands the timeline is read in: what led up to March 2024, the month itself, and what came after. */
export const ERAS: readonly Era[] = [
  { id: 'background', title: 'Background', until: '2024-02-29', spanPrecision: 'year' },
  { id: 'march-2024', title: 'March 2024', until: '2024-03-31', spanPrecision: 'day' },
  { id: 'aftermath', title: 'Aftermath', spanPrecision: 'month' },
];

export interface EraGroup<Item> {
  era: Era;
  items: Item[];
  /** The span its items cover, e.g. "1999–2024" or "7–30 March 2024". */
  span: string;
}

/**
 * Sorts items (already in date order) into the era their first day falls in,
 * and gives each era the span its items actually cover. Eras with no items are left out.
 */
export function groupByEra<Item>(items: readonly Item[], dateOf: (item: Item) => DateSpan, eras: readonly Era[] = ERAS): EraGroup<Item>[] {
  const groups = eras.map((era) => ({ era, items: [] as Item[] }));
  for (const item of items) {
    const { date } = dateOf(item);
    const group = groups.find(({ era }) => era.until === undefined || date <= era.until) ?? groups.at(-1)!;
    group.items.push(item);
  }
  return groups
    .filter((group) => group.items.length > 0)
    .map(({ era, items: grouped }) => {
      const spans = grouped.map((item) => spanBounds(dateOf(item)));
      const first = spans.map((span) => span.first).sort()[0]!;
      const last = spans.map((span) => span.last).sort().at(-1)!;
      return { era, items: grouped, span: formatDateSpan({ date: first, endDate: last, precision: era.spanPrecision }) };
    });
}
