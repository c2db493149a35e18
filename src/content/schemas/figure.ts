import { z } from 'astro/zod';
import { datePrecision, isoDate, nonEmpty, slugId, sourceIds } from './fields';

const figurePoint = z
  .strictObject({
    date: isoDate,
    value: z.number({ error: 'expected value to be a number' }).int().nonnegative(),
    /** The top of a range, when sources disagree (145–150). */
    upTo: z.number().int().nonnegative().optional(),
    /** How precisely the date is known: a count reported "in June 2025" has precision month. */
    precision: datePrecision.default('day'),
    /** How it was reported: "at least 133", "60+". */
    label: nonEmpty('a label').optional(),
    sources: sourceIds(),
  })
  .refine((point) => point.upTo === undefined || point.upTo > point.value, { path: ['upTo'], message: 'expected upTo above value' });

export type FigurePoint = z.output<typeof figurePoint>;

/** A figure that moved (a toll), point by point: content/figures.yaml. */
export const figureSeriesSchema = z.strictObject({
  id: slugId,
  title: nonEmpty('a title'),
  /** What is counted, in the plural: "dead". */
  unit: nonEmpty('a unit'),
  description: nonEmpty('a description'),
  points: z
    .array(figurePoint)
    .min(2, 'expected at least two points: a series shows change')
    // Points on one day keep the order they were reported in, so the file's order is the series' order.
    .refine((points) => points.every((point, index) => index === 0 || point.date >= points[index - 1]!.date), 'expected points in date order'),
});

export type FigureSeriesData = z.output<typeof figureSeriesSchema>;
