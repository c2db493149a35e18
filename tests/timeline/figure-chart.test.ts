import { describe, expect, it } from 'vitest';
import { asPercent, CHART_LAYOUT, chartGeometry, dateTicks, fitShares, timeScale, valueTicks } from '../../src/timeline/figure-chart';

const TOLL = [
  { date: '2024-03-22', value: 40 },
  { date: '2024-03-22', value: 115 },
  { date: '2024-03-23', value: 133 },
  { date: '2024-03-25', value: 139 },
  { date: '2025-06-01', value: 149 },
  { date: '2026-03-12', value: 145, upTo: 150 },
];
const PUBLISHED = [
  { date: '2024-03-26', label: 'The Washington Post' },
  { date: '2024-03-27', label: 'The Economist' },
];

describe('timeScale', () => {
  const scale = timeScale(['2024-03-22', '2024-03-31', '2025-06-01', '2026-03-12']);

  it('splits dates far apart into stretches with breaks between them', () => {
    expect(scale.stretches.map(({ firstDay, lastDay }) => lastDay - firstDay + 1)).toEqual([10, 1, 1]);
    expect(scale.breaks).toHaveLength(2);
    scale.breaks.forEach((at, index) => {
      expect(at).toBeGreaterThan(scale.stretches[index]!.end);
      expect(at).toBeLessThan(scale.stretches[index + 1]!.start);
    });
  });

  it('runs time evenly within a stretch, and keeps every date inside the insets', () => {
    const day = (date: string) => scale.x(date);
    expect(day('2024-03-24') - day('2024-03-23')).toBeCloseTo(day('2024-03-31') - day('2024-03-30'));
    expect(day('2024-03-22')).toBeGreaterThan(CHART_LAYOUT.insetStart);
    expect(day('2026-03-12')).toBeLessThan(1 - CHART_LAYOUT.insetEnd);
    expect(day('2024-03-31')).toBeLessThan(day('2025-06-01'));
  });

  it('gives a short stretch enough width for its label', () => {
    const forStretches = 1 - CHART_LAYOUT.insetStart - CHART_LAYOUT.insetEnd - CHART_LAYOUT.breakWidth * scale.breaks.length;
    for (const stretch of scale.stretches) expect((stretch.end - stretch.start) / forStretches).toBeGreaterThanOrEqual(CHART_LAYOUT.minStretchShare - 1e-9);
  });

  it('refuses a date it was not made for', () => {
    expect(() => scale.x('2024-05-01')).toThrow('2024-05-01 is outside the dates the time scale was made for.');
  });
});

describe('fitShares', () => {
  it('shares by weight, raising the smallest to the minimum', () => {
    expect(fitShares([1, 1, 2], 0.1)).toEqual([0.25, 0.25, 0.5]);
    const shares = fitShares([98, 1, 1], 0.2);
    expect(shares[1]).toBe(0.2);
    expect(shares[2]).toBe(0.2);
    expect(shares.reduce((sum, share) => sum + share)).toBeCloseTo(1);
  });

  it('falls back to equal shares when the minimum cannot be kept', () => {
    expect(fitShares([5, 1, 1, 1, 1, 1], 0.2)).toEqual(Array(6).fill(1 / 6));
  });
});

describe('valueTicks', () => {
  it('steps by round numbers from zero to just above the largest value', () => {
    expect(valueTicks(150, 5)).toEqual([0, 50, 100, 150]);
    expect(valueTicks(103, 5)).toEqual([0, 25, 50, 75, 100, 125]);
    expect(valueTicks(7, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(valueTicks(0, 5)).toEqual([0, 1]);
  });
});

describe('dateTicks', () => {
  it('labels each stretch, with the year where it first appears or changes, and a lone day by its month', () => {
    const ticks = dateTicks(timeScale(['2024-03-22', '2024-03-30', '2025-06-01']));
    expect(ticks.map((tick) => tick.lines)).toEqual([['22 Mar', '2024'], ['25 Mar'], ['28 Mar'], ['Jun', '2025']]);
    expect(ticks.map((tick) => tick.x)).toEqual([...ticks.map((tick) => tick.x)].sort((a, b) => a - b));
  });
});

describe('chartGeometry', () => {
  const chart = chartGeometry(TOLL, PUBLISHED);

  it('draws a step line: level until the next figure, then up or down to it', () => {
    const first = chart.segments.slice(0, 3);
    expect(first[0]).toMatchObject({ x1: chart.dots[0]!.x, x2: chart.dots[0]!.x, y1: chart.dots[0]!.y, y2: chart.dots[1]!.y });
    expect(first[1]).toMatchObject({ x1: chart.dots[1]!.x, x2: chart.dots[2]!.x, y1: chart.dots[1]!.y, y2: chart.dots[1]!.y, acrossBreak: false });
    expect(first[2]).toMatchObject({ x1: chart.dots[2]!.x, x2: chart.dots[2]!.x, y1: chart.dots[1]!.y, y2: chart.dots[2]!.y });
    for (const segment of chart.segments) expect(segment.x1 === segment.x2 || segment.y1 === segment.y2).toBe(true);
  });

  it('marks the level lines that cross a break in time', () => {
    expect(chart.segments.filter((segment) => segment.acrossBreak).map((segment) => segment.y1)).toEqual([chart.dots[3]!.y, chart.dots[4]!.y]);
  });

  it('puts larger values higher, zero on the plot’s floor, and a range as a span above its point', () => {
    expect(chart.valueTicks[0]).toEqual({ value: 0, y: chart.plotBottom });
    expect(chart.valueTicks.at(-1)).toEqual({ value: 150, y: chart.plotTop });
    expect(chart.dots[0]!.y).toBeGreaterThan(chart.dots[1]!.y);
    expect(chart.dots.at(-1)!.yTop).toBe(chart.plotTop);
    expect(chart.dots.slice(0, -1).every((dot) => dot.yTop === undefined)).toBe(true);
  });

  it('marks each publication, on separate label rows when they are close, above the plot', () => {
    const [post, economist] = chart.markers;
    expect(post).toMatchObject({ label: 'The Washington Post', anchor: 'start' });
    expect(economist!.x).toBeGreaterThan(post!.x);
    expect(economist!.labelY).toBeGreaterThan(post!.labelY);
    expect(economist!.labelY).toBeLessThan(chart.plotTop);
    expect(chart.height).toBe(chart.plotBottom + CHART_LAYOUT.bottom);
  });

  it('anchors a label on the right half at its end, so it stays inside the chart', () => {
    const late = chartGeometry(TOLL.slice(0, 2), [{ date: '2024-03-30', label: 'Late' }]);
    expect(late.markers[0]).toMatchObject({ anchor: 'end', label: 'Late' });
  });
});

describe('asPercent', () => {
  it('writes a share of the width as an SVG percentage', () => {
    expect(asPercent(0.5)).toBe('50%');
    expect(asPercent(1 / 3)).toBe('33.333%');
  });
});
