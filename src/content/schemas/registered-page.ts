import { z } from 'astro/zod';
import { aliasProblems, ANCHOR_PREFIXES } from '../../links/anchor-registry';
import { nonEmpty } from './fields';

const anchorId = z
  .string({ error: 'expected an anchor id as text' })
  .regex(
    new RegExp(`^(?:${ANCHOR_PREFIXES.join('|')})[a-z0-9]+(?:-[a-z0-9]+)*$`),
    `expected an anchor id starting ${ANCHOR_PREFIXES.map((prefix) => `${prefix}…`).join(', ')}, in lower-case letters, digits and single hyphens`,
  );

/**
 * One page's entry in the anchor registry (content/anchors.yaml): every anchor id it
 * has ever published, and where renamed ones went. Shared links depend on it.
 */
export const registeredPageSchema = z
  .strictObject({
    /** The page: its path on the site, without the base path. */
    id: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'expected the page’s path on the site, e.g. "/articles/economist-uses-of-terror/"'),
    anchors: z.array(anchorId, { error: 'expected anchors: a list of ids' }).min(1, 'expected at least one anchor id'),
    aliases: z
      .array(
        z.strictObject({
          from: anchorId,
          to: anchorId,
          /** Why and when the id changed, for whoever reads the registry next. */
          reason: nonEmpty('the reason the id changed'),
        }),
      )
      .default([]),
  })
  .superRefine((entry, context) => {
    for (const problem of aliasProblems(entry)) context.addIssue({ code: 'custom', message: problem });
  });

export type RegisteredPage = z.output<typeof registeredPageSchema>;
