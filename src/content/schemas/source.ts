import { z } from 'astro/zod';
import { nonEmpty, slugId } from './fields';

/** Something a note, an assessment or an event cites: content/sources.yaml. */
export const sourceSchema = z.strictObject({
  id: slugId,
  /** Who published it: "Anadolu Agency", "TASS". */
  publisher: nonEmpty('the publisher'),
  /** Where it was found, as recorded in the research notes: "aa.com.tr/3168817". */
  locator: nonEmpty('where the source was found'),
  /** When the copy consulted was itself a republication: "Reuters via devdiscourse.com". */
  via: nonEmpty('the republisher').optional(),
  /** Only a full URL that is known; never a guessed one. */
  url: z.url({ error: 'expected url to be an absolute URL (leave it out when unknown; never guess one)' }).optional(),
});

export type SourceData = z.output<typeof sourceSchema>;
