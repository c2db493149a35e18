import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { aliasProblems, ANCHOR_PREFIXES } from './lib/anchor-registry';
import { yamlListLoader } from './loaders/yaml-list-loader';

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
function vocabulary<Labels extends Record<string, unknown>>(labels: Labels, field: string) {
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
const textQuote = z.strictObject({
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

/** Ids of entries in other collections; whether they exist is checked when pages are built (src/data/). */
const idList = (what: string) => z.array(slugId, { error: `expected a list of ${what} ids` }).default([]);

export const CLAIM_TYPES = {
  factual: {
    label: 'Factual statement',
    description: 'Says that something happened or is so, in the piece’s own voice. Checkable.',
  },
  figure: {
    label: 'Figure',
    description: 'A number: a toll, a distance, a share of the vote. Checked against the best figure for the date it was true “as of”.',
  },
  attributed: {
    label: 'Attributed statement',
    description: 'Reports what someone said or wrote, and when and where. Checked for whether they said it, not whether it is true.',
  },
  allegation: {
    label: 'Allegation',
    description: 'A charge someone makes that is not established: who is to blame, who ordered what. Assessed on the evidence available.',
  },
  opinion: {
    label: 'Opinion or analysis',
    description: 'The author’s argument or judgement. Given context, never a verdict.',
  },
  prediction: {
    label: 'Prediction',
    description: 'Says what may happen next. Given context, and what did happen later, never a verdict.',
  },
} as const;

/** Claim types that state something checkable; the others get context, not verdicts. */
export const CHECKABLE_TYPES: ReadonlySet<keyof typeof CLAIM_TYPES> = new Set(['factual', 'figure', 'attributed', 'allegation']);

export const ASSESSMENTS = {
  accurate: { label: 'Accurate', description: 'The best available sources bear it out.' },
  'accurate-then': {
    label: 'Accurate then, since revised',
    description: 'Right when the piece was written; later figures or facts changed it.',
  },
  imprecise: { label: 'Imprecise', description: 'Near the mark, but the sources give a somewhat different figure or detail.' },
  unverified: { label: 'Unverified', description: 'No source available here confirms or refutes it.' },
  disputed: { label: 'Disputed', description: 'Credible sources contradict one another, or a party credibly denies it.' },
  misleading: { label: 'Misleading', description: 'Literally defensible, but likely to leave a wrong impression.' },
  inaccurate: { label: 'Inaccurate', description: 'The best available sources contradict it.' },
} as const;

export const RELATIONS = {
  agrees: { label: 'Agrees', description: 'The other piece makes the same claim.' },
  differs: { label: 'Differs', description: 'The other piece says something different about the same thing: a figure, a date, a reading.' },
  adds: { label: 'Adds', description: 'The other piece adds to this claim something this piece does not say.' },
} as const;

const claimSchema = z
  .strictObject({
    id: slugId,
    /** Set from the file name: content/claims/<article>.yaml. */
    article: slugId,
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
    sources: z.array(slugId, { error: 'expected a list of source ids' }).min(1, 'expected at least one source for the note'),
    assessment: z
      .strictObject({
        verdict: vocabulary(ASSESSMENTS, 'assessment.verdict'),
        /** One or two sentences saying why. */
        reason: nonEmpty('the reason for the verdict'),
        sources: z.array(slugId).min(1, 'expected at least one source for the assessment'),
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
    if (claim.type === 'figure' && !claim.asOf) {
      context.addIssue({ code: 'custom', path: ['asOf'], message: 'expected asOf: the date the figure was true as of' });
    }
    if (claim.type === 'attributed' && !claim.said) {
      context.addIssue({ code: 'custom', path: ['said'], message: 'expected said: { date?, where } for an attributed statement' });
    }
  });

const PEOPLE_KINDS = {
  person: 'Person',
  organisation: 'Organisation',
  outlet: 'News outlet',
  group: 'Group of people',
} as const;

const personSchema = z.strictObject({
  id: slugId,
  name: nonEmpty('a name'),
  kind: vocabulary(PEOPLE_KINDS, 'kind'),
  /** Who they were in March 2024, in a few words. */
  role: nonEmpty('a role'),
  /** Other spellings and names readers may search for. */
  aliases: z.array(nonEmpty('an alias')).default([]),
});

const sourceSchema = z.strictObject({
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

export const EVENT_CATEGORIES = {
  background: 'Background',
  warning: 'Warning',
  attack: 'Attack',
  statement: 'Official statement',
  war: 'War',
  politics: 'Politics',
  investigation: 'Investigation and trial',
} as const;

const DATE_PRECISIONS = ['day', 'month', 'year'] as const;

const datePrecision = z.enum(DATE_PRECISIONS, { error: `expected precision to be one of: ${DATE_PRECISIONS.join(', ')}` });

const eventSchema = z
  .strictObject({
    id: slugId,
    /** Set from the event's place in content/events.yaml: events of one day keep the order they are written in. */
    position: z.number().int().nonnegative(),
    title: nonEmpty('a title'),
    /** The first (or only) day: the sort date. With precision month or year, the day is ignored. */
    date: isoDate,
    /** The last day, for events that ran over several days or months. */
    endDate: isoDate.optional(),
    precision: datePrecision,
    category: vocabulary(EVENT_CATEGORIES, 'category'),
    summary: nonEmpty('a short summary'),
    people: idList('people'),
    sources: z.array(slugId, { error: 'expected a list of source ids' }).min(1, 'expected at least one source'),
    /** Figures as they stood on a date. */
    figures: z
      .array(
        z.strictObject({
          label: nonEmpty('what the figure counts'),
          value: nonEmpty('the figure as reported'),
          asOf: isoDate,
          /** How precisely `asOf` is known: a count reported "in June 2025" has precision month. */
          precision: datePrecision.default('day'),
          sources: z.array(slugId).min(1),
        }),
      )
      .default([]),
  })
  .refine((event) => event.endDate === undefined || event.endDate >= event.date, { path: ['endDate'], message: 'expected endDate on or after date' });

const figureSeriesSchema = z.strictObject({
  id: slugId,
  title: nonEmpty('a title'),
  /** What is counted, in the plural: "dead". */
  unit: nonEmpty('a unit'),
  description: nonEmpty('a description'),
  points: z
    .array(
      z
        .strictObject({
          date: isoDate,
          value: z.number({ error: 'expected value to be a number' }).int().nonnegative(),
          /** The top of a range, when sources disagree (145–150). */
          upTo: z.number().int().nonnegative().optional(),
          /** How precisely the date is known: a count reported "in June 2025" has precision month. */
          precision: datePrecision.default('day'),
          /** How it was reported: "at least 133", "60+". */
          label: nonEmpty('a label').optional(),
          sources: z.array(slugId).min(1, 'expected at least one source'),
        })
        .refine((point) => point.upTo === undefined || point.upTo > point.value, { path: ['upTo'], message: 'expected upTo above value' }),
    )
    .min(2, 'expected at least two points: a series shows change')
    // Points on one day keep the order they were reported in, so the file's order is the series' order.
    .refine((points) => points.every((point, index) => index === 0 || point.date >= points[index - 1]!.date), 'expected points in date order'),
});

/** A subject both pieces may speak to, for comparing them: what each says comes from its claims. */
const themeSchema = z.strictObject({
  id: slugId,
  /** Set from the theme's place in content/themes.yaml: themes are shown in the order they are written. */
  position: z.number().int().nonnegative(),
  title: nonEmpty('a title'),
  /** One or two neutral sentences on what the theme covers; never a verdict on either piece. */
  summary: nonEmpty('a summary'),
  /** The claims, from either piece, that speak to it; claims related to them are shown beside them. */
  claims: z.array(slugId, { error: 'expected a list of claim ids' }).min(1, 'expected at least one claim'),
});

const correctionSchema = z.strictObject({
  id: slugId,
  date: isoDate,
  /** What was wrong and what it says now. */
  summary: nonEmpty('a summary of the correction'),
  claims: idList('claim'),
  articles: idList('article'),
});

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
const registeredPageSchema = z
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
    for (const problem of aliasProblems({ page: entry.id, anchors: entry.anchors, aliases: entry.aliases })) {
      context.addIssue({ code: 'custom', message: problem });
    }
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

export const collections = {
  articles,
  claims: defineCollection({ loader: yamlListLoader({ pattern: 'content/claims/*.yaml', fileNameField: 'article' }), schema: claimSchema }),
  people: defineCollection({ loader: yamlListLoader({ pattern: 'content/people.yaml' }), schema: personSchema }),
  sources: defineCollection({ loader: yamlListLoader({ pattern: 'content/sources.yaml' }), schema: sourceSchema }),
  events: defineCollection({ loader: yamlListLoader({ pattern: 'content/events.yaml', positionField: 'position' }), schema: eventSchema }),
  figures: defineCollection({ loader: yamlListLoader({ pattern: 'content/figures.yaml' }), schema: figureSeriesSchema }),
  corrections: defineCollection({ loader: yamlListLoader({ pattern: 'content/corrections.yaml' }), schema: correctionSchema }),
  themes: defineCollection({ loader: yamlListLoader({ pattern: 'content/themes.yaml', positionField: 'position' }), schema: themeSchema }),
  anchors: defineCollection({ loader: yamlListLoader({ pattern: 'content/anchors.yaml' }), schema: registeredPageSchema }),
};
