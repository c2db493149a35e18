import { z } from 'astro/zod';
import { CHECKABLE_TYPES, CLAIM_PLACES, CLAIM_TYPES, RELATIONS, VERDICTS } from '../vocabulary';
import { idList, isoDate, nonEmpty, slugId, sourceIds, textQuote, vocabulary } from './fields';

/** A verdict as it stood on the day it was checked. */
const verdictOnDate = {
  verdict: vocabulary(VERDICTS, 'assessment.verdict'),
  /** One or two sentences saying why. */
  reason: nonEmpty('the reason for the verdict'),
  /** The day the claim was checked against its sources. */
  checked: isoDate,
};

/** One claim of content/claims/<article>.yaml. */
export const claimSchema = z
  .strictObject({
    id: slugId,
    /** Set from the file name: content/claims/<article>.yaml. */
    article: slugId,
    /** Where the quote is: the body (the default), or a line of the page header. */
    in: vocabulary(CLAIM_PLACES, 'in').default('body'),
    quote: textQuote.shape.quote,
    prefix: textQuote.shape.prefix,
    suffix: textQuote.shape.suffix,
    type: vocabulary(CLAIM_TYPES, 'type'),
    /** Who makes the claim: a person, an organisation, or the outlet itself (a people id). */
    claimant: slugId,
    /** For a figure: the date the number was true as of. */
    asOf: isoDate.optional(),
    /** For an attributed statement: when and where it was said, as far as is known. */
    said: z
      .strictObject({
        date: isoDate.optional(),
        where: nonEmpty('where it was said (a speech, a Telegram post, …)'),
      })
      .optional(),
    summary: nonEmpty('a one-line summary'),
    /** Context in Markdown: what is known, what changed later. */
    note: nonEmpty('a context note'),
    /** Sources for the context note (source ids). */
    sources: sourceIds('for the note'),
    assessment: z
      .strictObject({
        ...verdictOnDate,
        sources: sourceIds('for the assessment'),
        /** Earlier verdicts, each with the day it was given and why: kept when a verdict is re-decided. */
        history: z.array(z.strictObject(verdictOnDate), { error: 'expected history: a list of { verdict, reason, checked }' }).default([]),
      })
      .optional(),
    /** The same claim in another piece; declared once, shown on both. */
    related: z
      .array(
        z.strictObject({
          claim: slugId,
          relation: vocabulary(RELATIONS, 'relation'),
          note: nonEmpty('a note on how they relate').optional(),
        }),
      )
      .default([]),
    /** Timeline events the claim refers to. */
    events: idList('event'),
    /** A figure series (content/figures.yaml) the claim quotes. */
    figure: slugId.optional(),
  })
  .superRefine((claim, context) => {
    const checkable = CHECKABLE_TYPES.has(claim.type);
    if (!checkable && claim.assessment) {
      context.addIssue({
        code: 'custom',
        path: ['assessment'],
        message: `a claim of type "${claim.type}" gets context, not a verdict: remove the assessment, or change the type`,
      });
    }
    claim.assessment?.history.forEach((earlier, index) => {
      if (earlier.checked >= claim.assessment!.checked) {
        context.addIssue({
          code: 'custom',
          path: ['assessment', 'history', index, 'checked'],
          message: `expected an earlier verdict to be dated before the current one (checked ${claim.assessment!.checked}), not ${earlier.checked}`,
        });
      }
    });
    if (claim.type === 'figure' && !claim.asOf) {
      context.addIssue({ code: 'custom', path: ['asOf'], message: 'expected asOf: the date the figure was true as of' });
    }
    if (claim.type === 'attributed' && !claim.said) {
      context.addIssue({ code: 'custom', path: ['said'], message: 'expected said: { date?, where } for an attributed statement' });
    }
  });

export type ClaimData = z.output<typeof claimSchema>;

export type Assessment = NonNullable<ClaimData['assessment']>;

export type Relation = ClaimData['related'][number]['relation'];
