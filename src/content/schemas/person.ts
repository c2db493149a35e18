import { z } from 'astro/zod';
import { PEOPLE_KINDS } from '../vocabulary';
import { nonEmpty, slugId, vocabulary } from './fields';

/** A claimant, or someone an event involves: content/people.yaml. */
export const personSchema = z.strictObject({
  id: slugId,
  name: nonEmpty('a name'),
  kind: vocabulary(PEOPLE_KINDS, 'kind'),
  /** Who they were in March 2024, in a few words. */
  role: nonEmpty('a role'),
  /** Other spellings and names readers may search for. */
  aliases: z.array(nonEmpty('an alias')).default([]),
});

export type PersonData = z.output<typeof personSchema>;
