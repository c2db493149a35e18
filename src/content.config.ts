import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';

/**
 * Every data shape the site reads from `content/` is defined here, once. Messages
 * say what was expected, because they are what an editor sees when a build fails.
 */

const slugId = z
  .string({ error: 'expected an id of lower-case letters, digits and hyphens' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case letters, digits and single hyphens, e.g. "economist-uses-of-terror"');

/**
 * A calendar date written `YYYY-MM-DD` in quotes. YAML would turn an unquoted
 * date into a timestamp and silently roll an impossible one (2024-02-31) over to
 * the next month, so only quoted strings are accepted, and each is checked.
 */
export const isoDate = z
  .string({ error: 'expected a date in quotes, written "YYYY-MM-DD" (unquoted, YAML turns it into a timestamp)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date written "YYYY-MM-DD"', abort: true })
  .refine(isRealDate, 'expected a real calendar date (this day does not exist)');

function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const nonEmpty = (what: string) => z.string({ error: `expected ${what} as text` }).trim().min(1, `expected ${what}, not an empty string`);

export const ARTICLE_KIND_LABELS = {
  analysis: 'Analysis',
  editorial: 'Editorial',
} as const;


export const DATE_MEANINGS = {
  'published-online': 'Published online',
  'print-edition': 'In print',
  reprinted: 'Reprinted',
  written: 'Written about',
} as const;

export const EDITORIAL_CHANGES = {
  restored: 'Restored',
  removed: 'Removed',
  incomplete: 'Incomplete',
  sic: 'Kept as received',
} as const;

/** A closed vocabulary: its keys are what content may say, its values what readers see. */
function vocabulary<Labels extends Record<string, string>>(labels: Labels, field: string) {
  const keys = Object.keys(labels) as [keyof Labels & string, ...(keyof Labels & string)[]];
  return z.enum(keys, { error: (issue) => `expected ${field} to be one of: ${keys.join(', ')} (not ${JSON.stringify(issue.input)})` });
}

const articleDate = z.strictObject({
  date: isoDate,
  meaning: vocabulary(DATE_MEANINGS, 'meaning'),
  /** Where, or on what evidence, when the date needs it. */
  note: nonEmpty('a note').optional(),
});

/** Where in the text an editorial change or a claim sits: its exact words, and context when they repeat. */
export const textQuote = z.strictObject({
  quote: nonEmpty('the exact words of the passage'),
  prefix: nonEmpty('the words just before the quote').optional(),
  suffix: nonEmpty('the words just after the quote').optional(),
});

const editorialNote = z.strictObject({
  id: slugId,
  change: vocabulary(EDITORIAL_CHANGES, 'change'),
  /** What was changed and why, for readers. */
  description: nonEmpty('a description of the change'),
  /** For a removal: exactly what was removed, so readers (and tests) can see it. */
  removed: nonEmpty('the exact text removed').optional(),
  /** Where the change shows in the text: at the start, at the end, or at a quoted passage. */
  at: z.union([z.literal('start'), z.literal('end'), textQuote], {
    error: 'expected at to be "start", "end" or { quote, prefix?, suffix? }',
  }),
});

const articleSchema = z
  .strictObject({
    id: slugId,
    outlet: nonEmpty('the outlet name'),
    kind: vocabulary(ARTICLE_KIND_LABELS, 'kind'),
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

/**
 * The frontmatter `id` is the article's id (and URL). Two files claiming one id is
 * an error, not a silent overwrite.
 */
function articleIdFromFrontmatter(base: string, filesById: Map<string, string>) {
  return ({ entry, data }: { entry: string; data: Record<string, unknown> }): string => {
    const id = typeof data.id === 'string' && data.id !== '' ? data.id : entry.replace(/\.md$/, '');
    const owner = filesById.get(id);
    // A file renamed while the dev server runs leaves its old name behind here.
    if (owner && owner !== entry && existsSync(`${base}/${owner}`)) {
      throw new Error(
        `content/articles/${entry}: id "${id}" is already used by content/articles/${owner}. Give each article its own id.`,
      );
    }
    filesById.set(id, entry);
    return id;
  };
}

const ARTICLES_DIR = './content/articles';

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: ARTICLES_DIR, generateId: articleIdFromFrontmatter(ARTICLES_DIR, new Map()) }),
  schema: articleSchema,
});

export const collections = { articles };
