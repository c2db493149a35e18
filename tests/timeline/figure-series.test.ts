import { describe, expect, it } from 'vitest';
import { describeSeries, figureText, latestKnownTo, tableRows } from '../../src/timeline/figure-series';

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
const POST = { outlet: 'The Washington Post', kind: 'editorial', line: { date: '2024-03-25', basis: 'written' as const } };
const ECONOMIST = { outlet: 'The Economist', kind: 'analysis', line: { date: '2024-03-27', basis: 'published' as const } };
const PIECES = [POST, ECONOMIST];

describe('figure series', () => {
  it('writes a figure or a range', () => {
    expect(figureText({ value: 139 })).toBe('139');
    expect(figureText({ value: 91, upTo: 92 })).toBe('91–92');
  });

  it('gives a published piece the figures reported before its day, and a piece dated by its writing that day’s too', () => {
    expect(latestKnownTo(TOLL, ECONOMIST)?.value).toBe(139);
    expect(latestKnownTo(TOLL, { ...ECONOMIST, line: { date: '2024-03-28', basis: 'published' } })?.value).toBe(143);
    expect(latestKnownTo(TOLL, POST)?.value).toBe(139);
    expect(latestKnownTo(TOLL, { ...POST, line: { date: '2024-03-24', basis: 'written' } })).toBeUndefined();
  });

  it('describes the chart in words: where it starts and ends, and what each piece could have known', () => {
    expect(describeSeries(KERMAN, 'dead', PIECES)).toBe(
      'From 103 dead on 3 January 2024 to 91–92 on 6 January 2024. ' +
        'The Washington Post’s editorial was written about 25 March 2024; the last figure it could have had was 91–92 (on 6 January 2024). ' +
        'The Economist’s analysis was published on 27 March 2024; the last figure it could have had was 91–92 (on 6 January 2024).',
    );
    expect(describeSeries(TOLL, 'dead', [{ ...ECONOMIST, line: { date: '2024-03-01', basis: 'published' } }])).toBe(
      'From 139 dead on 25 March 2024 to 149 in June 2025. The Economist’s analysis was published on 1 March 2024, before the first figure here.',
    );
  });

  it('puts each piece after the figures it could have had and before the rest', () => {
    const rows = tableRows(TOLL, PIECES).map((row) => (row.kind === 'figure' ? row.point.value : row.articleLine.outlet));
    expect(rows).toEqual([139, 'The Washington Post', 'The Economist', 143, 149]);
    expect(tableRows(KERMAN, PIECES).map((row) => row.kind)).toEqual(['figure', 'figure', 'figure', 'article', 'article']);
    expect(tableRows(TOLL, [{ ...ECONOMIST, line: { date: '2024-03-01', basis: 'published' } }])[0]!.kind).toBe('article');
  });
});
