import { z } from 'astro/zod';
import { nonEmpty, slugId } from './fields';

/** A subject the pieces may speak to, for comparing them (content/themes.yaml); what each says comes from its claims. */
export const themeSchema = z.strictObject({
  id: slugId,
  /** Set from the theme's place in content/themes.yaml: themes are shown in the order they are written. */
  position: z.number().int().nonnegative(),
  title: nonEmpty('a title'),
  /** One or two neutral sentences on what the theme covers; never a verdict on either piece. */
  summary: nonEmpty('a summary'),
  /** The claims, from any piece, that speak to it; claims related to them are shown beside them. */
  claims: z.array(slugId, { error: 'expected a list of claim ids' }).min(1, 'expected at least one claim'),
});

export type ThemeData = z.output<typeof themeSchema>;
