import { z } from 'astro/zod';
import { idList, isoDate, nonEmpty, slugId } from './fields';

/** A published correction: content/corrections.yaml. */
export const correctionSchema = z.strictObject({
  id: slugId,
  date: isoDate,
  /** What was wrong and what it says now. */
  summary: nonEmpty('a summary of the correction'),
  claims: idList('claim'),
  articles: idList('article'),
});

export type CorrectionData = z.output<typeof correctionSchema>;
