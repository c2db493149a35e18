import { z } from 'astro/zod';
import { SOURCE_KINDS } from '../vocabulary';
import { isoDate, nonEmpty, slugId, vocabulary } from './fields';

/** Something a note, an assessment or an event cites: content/sources.yaml. */
export const sourceSchema = z.strictObject({
  id: slugId,
  /** Who published it: "Anadolu Agency", "TASS"; for a copy on another site, the original's publisher. */
  publisher: nonEmpty('the publisher'),
  /** What kind of source the copy consulted is, shown to readers so they can weigh it. */
  kind: vocabulary(SOURCE_KINDS, 'kind'),
  /** When the copy consulted was a republication: the site it was read on ("Yahoo News Australia"). */
  via: nonEmpty('the republisher').optional(),
  /** Only the full address of the page consulted, as found; never a guessed one. */
  url: z.url({ error: 'expected url to be an absolute URL (leave it out when unknown; never guess one)' }).optional(),
  /** The date of the item itself, when it is known. */
  date: isoDate.optional(),
  /** What a reader should know to weigh it, in a few words: who it relays, who funds it. */
  note: nonEmpty('a note').optional(),
  /** Where it was found: the stored copy consulted and the search that returned it. */
  found: nonEmpty('where the source was found (the stored copy consulted, and the search that returned it)'),
  /**
   * Set on the source that is one of the site's articles itself (an id from
   * content/articles/): such a source may never support a claim, a note or an event.
   */
  article: slugId.optional(),
});

export type SourceData = z.output<typeof sourceSchema>;
