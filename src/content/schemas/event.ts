import { z } from 'astro/zod';
import { EVENT_CATEGORIES } from '../vocabulary';
import { datePrecision, idList, isoDate, nonEmpty, slugId, sourceIds, vocabulary } from './fields';

/** One event of the timeline: content/events.yaml. */
export const eventSchema = z
  .strictObject({
    id: slugId,
    /** Set from the event's place in content/events.yaml: events of one day keep the order they are written in. */
    position: z.number().int().nonnegative(),
    title: nonEmpty('a title'),
    /** The first (or only) day: the sort date. With precision month or year, the day is ignored. */
    date: isoDate,
    /** The last day, for events that ran over several days or months. */
    endDate: isoDate.optional(),
    precision: datePrecision,
    category: vocabulary(EVENT_CATEGORIES, 'category'),
    summary: nonEmpty('a short summary'),
    people: idList('people'),
    sources: sourceIds(),
    /** Figures as they stood on a date. */
    figures: z
      .array(
        z.strictObject({
          label: nonEmpty('what the figure counts'),
          value: nonEmpty('the figure as reported'),
          asOf: isoDate,
          /** How precisely `asOf` is known: a count reported "in June 2025" has precision month. */
          precision: datePrecision.default('day'),
          sources: sourceIds(),
        }),
      )
      .default([]),
  })
  .refine((event) => event.endDate === undefined || event.endDate >= event.date, { path: ['endDate'], message: 'expected endDate on or after date' });

export type EventData = z.output<typeof eventSchema>;
