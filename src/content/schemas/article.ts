import { z } from 'astro/zod';
import { ARTICLE_KINDS, DATE_MEANINGS, EDITORIAL_CHANGES } from '../vocabulary';
import { isoDate, nonEmpty, slugId, textQuote, vocabulary } from './fields';

const articleDate = z.strictObject({
  date: isoDate,
  meaning: vocabulary(DATE_MEANINGS, 'meaning'),
  /** Where, or on what evidence, when the date needs it. */
  note: nonEmpty('a note').optional(),
});

export type ArticleDate = z.output<typeof articleDate>;

const editorialNote = z.strictObject({
  id: slugId,
  change: vocabulary(EDITORIAL_CHANGES, 'change'),
  /** What was changed and why, for readers. */
  description: nonEmpty('a description of the change'),
  /** For a removal: exactly what was removed, so readers (and tests) can see it. */
  removed: nonEmpty('the exact text removed').optional(),
  /** Where the change shows: in the page header, at the start or end of the text, or at a quoted passage. */
  at: z.union([z.literal('header'), z.literal('start'), z.literal('end'), textQuote], {
    error: 'expected at to be "header", "start", "end" or { quote, prefix?, suffix? }',
  }),
});

export type EditorialNote = z.output<typeof editorialNote>;

/** An article's frontmatter: content/articles/<id>.md. */
export const articleSchema = z
  .strictObject({
    id: slugId,
    outlet: nonEmpty('the outlet name'),
    kind: vocabulary(ARTICLE_KINDS, 'kind'),
    rubric: nonEmpty('a rubric (fly-title)').optional(),
    headline: nonEmpty('a headline'),
    /** A caveat on the headline, e.g. when only a reprint's wording is known. */
    headlineNote: nonEmpty('a headline note').optional(),
    standfirst: nonEmpty('a standfirst').optional(),
    section: nonEmpty('a section').optional(),
    dates: z.array(articleDate, { error: 'expected dates as a list of { date, meaning }' }).min(1, 'expected at least one date'),
    source: z.strictObject({
      label: nonEmpty('a label naming where the text comes from'),
      kind: z.enum(['original', 'reprint'], { error: 'expected source.kind to be "original" or "reprint"' }),
      url: z.url({ error: 'expected source.url to be an absolute URL (leave it out when unknown; never guess one)' }).optional(),
    }),
    printEdition: nonEmpty('a print-edition note').optional(),
    /** The day this site first published its copy, with its claims checked. */
    publishedHere: isoDate.optional(),
    byline: z.discriminatedUnion(
      'signed',
      [
        z.strictObject({ signed: z.literal(true), name: nonEmpty('the author’s name') }),
        z.strictObject({ signed: z.literal(false), note: nonEmpty('a note on why the piece is unsigned') }),
      ],
      { error: 'expected byline to be { signed: true, name } or { signed: false, note }' },
    ),
    leadImage: z
      .strictObject({
        file: nonEmpty('the image file name as published'),
        caption: nonEmpty('a caption'),
        credit: nonEmpty('a credit'),
      })
      .optional(),
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'expected a language tag such as "en-GB"'),
    /** What is not confirmed about this piece; shown to readers as unconfirmed. */
    unconfirmed: z.array(nonEmpty('an unconfirmed item')).default([]),
    editorialNotes: z.array(editorialNote).default([]),
  })
  .superRefine((article, context) => {
    const seen = new Set<string>();
    article.editorialNotes.forEach((note, index) => {
      if (note.change === 'removed' && note.removed === undefined) {
        context.addIssue({ code: 'custom', path: ['editorialNotes', index, 'removed'], message: 'expected removed: the exact text that was removed' });
      }
      if (seen.has(note.id)) {
        context.addIssue({ code: 'custom', path: ['editorialNotes', index, 'id'], message: `expected a unique id; "${note.id}" is used twice` });
      }
      seen.add(note.id);
    });
  });

export type ArticleData = z.output<typeof articleSchema>;
