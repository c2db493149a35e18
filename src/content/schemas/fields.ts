import { z } from 'astro/zod';
import { DATE_PRECISIONS } from '../vocabulary';

/**
 * The fields every schema is made of. Messages say what was expected, because they
 * are what an editor sees when a build fails.
 */

export const slugId = z
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

/** What `npm run new-article` writes where only an editor can know the value: it fails the build until replaced. */
const PLACEHOLDER = /^TODO\b/;

export const nonEmpty = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, `expected ${what}, not an empty string`)
    .refine((value) => !PLACEHOLDER.test(value), `expected ${what}, not the TODO placeholder: replace it with the real value`);

/** A closed vocabulary (src/content/vocabulary.ts): content may use its keys. */
export function vocabulary<Labels extends Record<string, unknown>>(labels: Labels, field: string) {
  const keys = Object.keys(labels) as [keyof Labels & string, ...(keyof Labels & string)[]];
  return z.enum(keys, {
    error: (issue) =>
      issue.input === undefined ? `expected ${field}: one of ${keys.join(', ')}` : `expected ${field} to be one of: ${keys.join(', ')} (not ${JSON.stringify(issue.input)})`,
  });
}

/** Where in the text an editorial change or a claim sits: its exact words, and context when they repeat. */
export const textQuote = z.strictObject({
  quote: nonEmpty('the exact words of the passage'),
  prefix: nonEmpty('the words just before the quote').optional(),
  suffix: nonEmpty('the words just after the quote').optional(),
});

/** Ids of entries in other collections; whether they exist is checked by the catalog (src/content/references.ts). */
export const idList = (what: string) => z.array(slugId, { error: `expected a list of ${what} ids` }).default([]);

/** `forWhat` says what the sources support, in the message: "for the note". */
export const sourceIds = (forWhat?: string) =>
  z.array(slugId, { error: 'expected a list of source ids' }).min(1, `expected at least one source${forWhat ? ` ${forWhat}` : ''}`);

export const datePrecision = z.enum(DATE_PRECISIONS, { error: `expected precision to be one of: ${DATE_PRECISIONS.join(', ')}` });
