/**
 * Every closed vocabulary content may use, in one place: its keys are what a
 * content file may say, its values what readers see. Schemas validate against the
 * keys (`vocabulary()` in schemas/fields.ts); pages and components show the labels.
 */

export const ARTICLE_KINDS = {
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

export type ClaimType = keyof typeof CLAIM_TYPES;

/** Claim types that state something checkable; the others get context, not verdicts. */
export const CHECKABLE_TYPES: ReadonlySet<ClaimType> = new Set(['factual', 'figure', 'attributed', 'allegation']);

export const VERDICTS = {
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

export type Verdict = keyof typeof VERDICTS;

export const RELATIONS = {
  agrees: { label: 'Agrees', description: 'The other piece makes the same claim.' },
  differs: { label: 'Differs', description: 'The other piece says something different about the same thing: a figure, a date, a reading.' },
  adds: { label: 'Adds', description: 'The other piece adds to this claim something this piece does not say.' },
} as const;

export const PEOPLE_KINDS = {
  person: 'Person',
  organisation: 'Organisation',
  outlet: 'News outlet',
  group: 'Group of people',
} as const;

export const EVENT_CATEGORIES = {
  background: 'Background',
  warning: 'Warning',
  attack: 'Attack',
  statement: 'Official statement',
  war: 'War',
  politics: 'Politics',
  investigation: 'Investigation and trial',
} as const;

export type EventCategory = keyof typeof EVENT_CATEGORIES;

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;

export type DatePrecision = (typeof DATE_PRECISIONS)[number];
