import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ERAS } from '../../src/timeline/eras';
import { overviewGeometry, OVERVIEW_LAYOUTS, type OverviewEvent } from '../../src/timeline/overview';
import { PROJECT_ROOT } from '../support/project';

/** The site's own events, in date order as the catalog gives them. */
const events: OverviewEvent[] = (parse(await readFile(join(PROJECT_ROOT, 'content/events.yaml'), 'utf8')) as { id: string; date: string; endDate?: string; precision: 'day' | 'month' | 'year' }[])
  .map((event, position) => ({ id: event.id, span: { date: event.date, endDate: event.endDate, precision: event.precision }, position }))
  .sort((a, b) => a.span.date.localeCompare(b.span.date) || a.position - b.position)
  .map(({ id, span }) => ({ id, span }));
const moments = [
  { article: 'post', date: '2024-03-23' },
  { article: 'post', date: '2024-03-26' },
  { article: 'economist', date: '2024-03-27' },
  { article: 'economist', date: '2024-03-30' },
];

describe.each(Object.entries(OVERVIEW_LAYOUTS))('the overview laid out %s', (_, layout) => {
  const geometry = overviewGeometry(events, moments, ERAS, layout);
  const px = (share: number) => share * layout.width;

  it('gives every event a mark, and no two marks’ targets (or bars) meet at the width laid out for', () => {
    expect(geometry.marks.map((mark) => mark.id)).toEqual(events.map((event) => event.id));
    const half = layout.target / 2;
    const boxes = geometry.marks.map((mark) => ({
      id: mark.id,
      left: Math.min(px(mark.x) - half, mark.bar ? px(mark.bar.from) : Infinity),
      right: Math.max(px(mark.x) + half, mark.bar ? px(mark.bar.to) : -Infinity),
      top: mark.y - half,
      bottom: mark.y + half,
    }));
    for (const [index, box] of boxes.entries()) {
      for (const other of boxes.slice(index + 1)) {
        const apart = box.right <= other.left || other.right <= box.left || box.bottom <= other.top || other.bottom <= box.top;
        expect(apart, `${box.id} and ${other.id}`).toBe(true);
      }
    }
    expect(Math.max(...boxes.map((box) => box.bottom))).toBeLessThanOrEqual(geometry.axisY);
  });

  it('keeps labels from meeting, each row of labels to itself', () => {
    const labels = [...geometry.ticks, ...geometry.eras.map((band) => band.label), ...geometry.lines.map((line) => line.label)];
    for (const [index, label] of labels.entries()) {
      for (const other of labels.slice(index + 1)) {
        if (label.y !== other.y) continue;
        const [a, b] = [label, other].sort((one, two) => one.x - two.x);
        expect(px(b!.x) - px(a!.x), `“${a!.text}” and “${b!.text}”`).toBeGreaterThanOrEqual(a!.text.length * layout.charWidth);
      }
    }
  });

  it('draws a line at each article date, through the marks of that day', () => {
    for (const line of geometry.lines) {
      const sameDay = events.filter((event) => event.span.date === line.date && event.span.precision === 'day');
      for (const event of sameDay) expect(geometry.marks.find((mark) => mark.id === event.id)!.x).toBeCloseTo(line.x);
    }
  });

  it('is short enough for the first event to show on a phone’s first screen', () => {
    expect(geometry.height).toBeLessThan(layout === OVERVIEW_LAYOUTS.narrow ? 280 : 260);
  });
});
