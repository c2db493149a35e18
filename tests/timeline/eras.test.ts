import { describe, expect, it } from 'vitest';
import type { DateSpan } from '../../src/text/dates';
import { ERAS, groupByEra } from '../../src/timeline/eras';

const spans: (DateSpan & { id: string })[] = [
  { id: 'bombings', date: '1999-09-04', endDate: '1999-09-16', precision: 'day' },
  { id: 'kerman', date: '2024-01-03', precision: 'day' },
  { id: 'alert', date: '2024-03-07', precision: 'day' },
  { id: 'count', date: '2024-03-30', precision: 'day' },
  { id: 'investigation', date: '2025-06-01', precision: 'month' },
  { id: 'verdict', date: '2026-03-12', precision: 'day' },
];

describe('groupByEra', () => {
  it('puts each item in the era its first day falls in, with the span the era’s items cover', () => {
    const groups = groupByEra(spans, (span) => span);
    expect(groups.map(({ era, items, span }) => [era.id, items.map((item) => item.id), span])).toEqual([
      ['background', ['bombings', 'kerman'], '1999–2024'],
      ['march-2024', ['alert', 'count'], '7–30 March 2024'],
      ['aftermath', ['investigation', 'verdict'], 'June 2025 – March 2026'],
    ]);
  });

  it('leaves out eras with nothing in them', () => {
    expect(groupByEra(spans.slice(2, 4), (span) => span).map(({ era }) => era.id)).toEqual(['march-2024']);
    expect(groupByEra([], (span: DateSpan) => span)).toEqual([]);
  });

  it('runs the eras in date order, the last one open-ended', () => {
    const ends = ERAS.map((era) => era.until);
    expect(ends.at(-1)).toBeUndefined();
    expect(ends.slice(0, -1)).toEqual([...ends.slice(0, -1)].sort());
  });
});
