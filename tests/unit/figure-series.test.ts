import { describe, expect, it } from 'vitest';
import { describeSeries, figureText, latestBefore, tableRows } from '../../src/lib/figure-series';

const KERMAN = [
  { date: '2024-01-03', precision: 'day' as const, value: 103 },
  { date: '2024-01-04', precision: 'day' as const, value: 84 },
  { date: '2024-01-06', precision: 'day' as const, value: 91, upTo: 92 },
];
const TOLL = [
  { date: '2024-03-25', precision: 'day' as const, value: 139 },
  { date: '2024-03-27', precision: 'day' as const, value: 143 },
  { date: '2025-06-01', precision: 'month' as const, value: 149 },
];
const PIECES = [
  { date: '2024-03-26', outlet: 'The Washington Post' },
  { date: '2024-03-27', outlet: 'The Economist' },
];

describe('figure series', () => {
  it('writes a figure or a range', () => {
    expect(figureText({ value: 139 })).toBe('139');
    expect(figureText({ value: 91, upTo: 92 })).toBe('91–92');
  });

  it('finds the last figure reported before a day, not on it', () => {
    expect(latestBefore(TOLL, '2024-03-27')?.value).toBe(139);
    expect(latestBefore(TOLL, '2024-03-28')?.value).toBe(143);
    expect(latestBefore(TOLL, '2024-03-01')).toBeUndefined();
  });

  it('describes the chart in words: where it starts and ends, and what each piece could have known', () => {
    expect(describeSeries(KERMAN, 'dead', PIECES)).toBe(
      'From 103 dead on 3 January 2024 to 91–92 on 6 January 2024. ' +
        'The Washington Post was published on 26 March 2024; the last figure reported before then was 91–92 (6 January 2024). ' +
        'The Economist was published on 27 March 2024; the last figure reported before then was 91–92 (6 January 2024).',
    );
    expect(describeSeries(TOLL, 'dead', [{ date: '2024-03-01', outlet: 'An early piece' }])).toBe(
      'From 139 dead on 25 March 2024 to 149 on June 2025. An early piece was published on 1 March 2024, before the first figure here.',
    );
  });

  it('puts each publication among the figures, before those of its own day', () => {
    const rows = tableRows(TOLL, PIECES).map((row) => (row.kind === 'figure' ? row.point.value : row.publication.outlet));
    expect(rows).toEqual([139, 'The Washington Post', 'The Economist', 143, 149]);
    expect(tableRows(KERMAN, PIECES).map((row) => row.kind)).toEqual(['figure', 'figure', 'figure', 'publication', 'publication']);
  });
});
