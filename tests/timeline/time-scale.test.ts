import { describe, expect, it } from 'vitest';
import { assignRows, SCALE_OPTIONS, timeScale, type ScaleOptions } from '../../src/timeline/time-scale';

const OPTIONS: ScaleOptions = { zooms: [{ first: '2024-03-01', last: '2024-03-31', weight: 10 }], minWeight: 1, breakWeight: 0.5 };

describe('timeScale', () => {
  it('keeps the years that hold dates, breaks the axis between years that are not consecutive, and cuts the zoom out of its year', () => {
    const scale = timeScale(['1999-09-04', '2004-09-01', '2024-03-22', '2025-06-23'], OPTIONS);
    expect(scale.stretches.map(({ first, last, zoomed }) => [first, last, zoomed])).toEqual([
      ['1999-01-01', '1999-12-31', false],
      ['2004-01-01', '2004-12-31', false],
      ['2024-01-01', '2024-02-29', false],
      ['2024-03-01', '2024-03-31', true],
      ['2024-04-01', '2025-12-31', false],
    ]);
    // Breaks where years are left out (1999–2004, 2004–2024), none where time runs on.
    expect(scale.breaks).toHaveLength(2);
    expect(scale.stretches[0]!.start).toBe(0);
    expect(scale.stretches.at(-1)!.end).toBeCloseTo(1);
    for (const [index, stretch] of scale.stretches.entries()) {
      if (index > 0) expect(stretch.start).toBeGreaterThanOrEqual(scale.stretches[index - 1]!.end);
    }
  });

  it('gives the zoomed window its weight, a year outside it one unit, and nothing less than the minimum', () => {
    const scale = timeScale(['2022-09-21', '2024-01-03', '2024-03-22'], OPTIONS);
    const width = (index: number) => scale.stretches[index]!.end - scale.stretches[index]!.start;
    const [year2022, janFeb2024, march, rest] = [0, 1, 2, 3].map(width);
    expect(march! / year2022!).toBeCloseTo(10);
    // Two months would be a sixth of a year: kept at the minimum, a year's width here.
    expect(janFeb2024! / year2022!).toBeCloseTo(1);
    expect(rest! / year2022!).toBeCloseTo(1);
  });

  it('places days in order, linearly within a stretch, each a slot from x to xEnd', () => {
    const scale = timeScale(['2024-03-01', '2024-03-31'], OPTIONS);
    const days = ['2024-03-01', '2024-03-07', '2024-03-22', '2024-03-23', '2024-03-31'];
    const xs = days.map(scale.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(scale.xEnd('2024-03-22')).toBeCloseTo(scale.x('2024-03-23'));
    const day = scale.xEnd('2024-03-01') - scale.x('2024-03-01');
    expect(scale.x('2024-03-22') - scale.x('2024-03-07')).toBeCloseTo(15 * day);
  });

  it('zooms nested windows each by its own weight: the site’s March 2024', () => {
    const scale = timeScale(['2024-03-03', '2024-03-22', '2024-03-30']);
    const zoomed = scale.stretches.filter((stretch) => stretch.zoomed);
    expect(zoomed.map(({ first, last }) => [first, last])).toEqual(SCALE_OPTIONS.zooms.map(({ first, last }) => [first, last]));
    const dayIn = (date: string) => scale.xEnd(date) - scale.x(date);
    expect(dayIn('2024-03-22') / dayIn('2024-03-03')).toBeCloseTo(((SCALE_OPTIONS.zooms[1]!.weight / 13) * 18) / SCALE_OPTIONS.zooms[0]!.weight);
  });

  it('refuses a date outside the dates it was made for, and a scale of nothing', () => {
    const scale = timeScale(['2024-03-22'], OPTIONS);
    expect(() => scale.x('2019-03-23')).toThrow('outside the dates');
    expect(() => timeScale([], OPTIONS)).toThrow('at least one date');
  });
});

describe('assignRows', () => {
  it('puts each extent in the first row it fits in, the gap kept', () => {
    const rows = assignRows(
      [
        { left: 0, right: 24 },
        { left: 10, right: 34 },
        { left: 25, right: 49 },
        { left: 26, right: 50 },
        { left: 100, right: 124 },
      ],
      1,
    );
    expect(rows).toEqual([0, 1, 0, 2, 0]);
  });
});
