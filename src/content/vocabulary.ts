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
  moved: 'Moved',
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

/**
 * Where in an article a claim's words are: the page header's lines, in the order
 * the page shows them, or the body. Header claims are found, marked and numbered
 * like body claims, before them.
 */
export const CLAIM_PLACES = {
  rubric: 'Rubric',
  headline: 'Headline',
  standfirst: 'Standfirst',
  body: 'Text',
} as const;

export type ClaimPlace = keyof typeof CLAIM_PLACES;

export type HeaderPlace = Exclude<ClaimPlace, 'body'>;

export const HEADER_PLACES = ['rubric', 'headline', 'standfirst'] as const satisfies readonly HeaderPlace[];

/** Claim types that state something checkable; the others get context, not verdicts. */
export const CHECKABLE_TYPES: ReadonlySet<ClaimType> = new Set(['factual', 'figure', 'attributed', 'allegation']);

/**
 * The verdict scale, designed from the practice of PolitiFact, Full Fact, Snopes
 * and AFP Fact Check. A verdict answers the claim as worded, on the evidence
 * available on the day it was checked. `description` is the one-sentence
 * definition readers see; `rule` is what decides it, published on the method
 * page; `symbol` marks it wherever its colour does, so colour is never alone.
 * In the order of the scale, from borne out to unsupported.
 */
export const VERDICTS = {
  accurate: {
    label: 'Accurate',
    symbol: '✓',
    description: 'The best available sources bear out everything the claim turns on.',
    rule: 'Each element the point depends on is confirmed by at least one source that is not either piece, primary records first; a quotation matches a primary record or a wire report (another English translation of the same words counts); a figure is within the figures tolerance.',
  },
  'accurate-then': {
    label: 'Accurate when written',
    symbol: '↻',
    description: 'Right by the best sources of the day the piece was written; later facts changed it.',
    rule: 'Checked against what was known on or before the piece’s date (for a figure, the date the number was current); the later figure or fact is given in the reason.',
  },
  imprecise: {
    label: 'Imprecise',
    symbol: '≈',
    description: 'The point stands, but a figure or a detail it turns on is off beyond the tolerance.',
    rule: 'Used when what is off does not change what a reader would conclude; a side detail that is off is named in the reason and does not make a claim imprecise.',
  },
  misleading: {
    label: 'Misleading',
    symbol: '⚠',
    description: 'Accurate or defensible in its words, but it leaves out or distorts context in a way that changes what a reader would conclude.',
    rule: 'The reason names the missing or distorted context and the source that supplies it.',
  },
  inaccurate: {
    label: 'Inaccurate',
    symbol: '✗',
    description: 'The best available sources contradict what the claim turns on.',
    rule: 'Used when the sources contradict the point itself, or a figure is off by more than 10 per cent, or its hedge (“at least”, “more than”) is contradicted.',
  },
  'no-evidence': {
    label: 'No evidence',
    symbol: '∅',
    description: 'A charge for which no credible evidence has been offered or found.',
    rule: 'The claim is a specific charge (who did, ordered or helped what); the claimant offers no evidence, and no source independent of the claimant supports it as of the day it was checked. A denial by the accused alone never decides a verdict either way.',
  },
  reported: {
    label: 'Reported, not confirmed',
    symbol: '❝',
    description: 'A report (an outlet’s sources, unnamed officials, a single witness, a post) that was made, but whose substance no independent source confirms.',
    rule: 'A source other than either piece establishes that the report was made; none independent of it establishes what it says. The reason names who reported it.',
  },
  unverified: {
    label: 'Could not be verified',
    symbol: '?',
    description: 'No available source confirms or refutes it.',
    rule: 'Used only after a search finds nothing either way, and the reason says what was looked for; never for a fact wire agencies widely reported or that primary documents record.',
  },
  disputed: {
    label: 'Disputed',
    symbol: '⇄',
    description: 'Credible, independent sources contradict one another on what the claim turns on.',
    rule: 'Never for a charge denied only by the accused, and never when one side has no evidence (that is “No evidence”).',
  },
} as const;

export type Verdict = keyof typeof VERDICTS;

/**
 * What kind of source an item is, shown to readers beside it so they can weigh it.
 * A source's kind is that of the copy consulted: a Reuters report read on another
 * site is an aggregator copy, its original named as publisher.
 */
export const SOURCE_KINDS = {
  primary: {
    label: 'Primary record',
    description: 'An official statement, court record or transcript, or a person’s or body’s own post or website.',
  },
  wire: {
    label: 'Wire agency',
    description: 'A news agency’s own report (Reuters, AP, AFP, Interfax, Interfax-Ukraine).',
  },
  independent: {
    label: 'Independent media',
    description: 'A newspaper, broadcaster or research group that no state owns or controls and that is not known to relay a government’s line.',
  },
  'state-media': {
    label: 'State-controlled media',
    description: 'Media a state owns or controls (TASS, RIA Novosti, RT, Sputnik, Anadolu Agency, teleSUR): good evidence of what that state says or does, weak evidence of anything else.',
  },
  'pro-government': {
    label: 'Pro-government media',
    description: 'Privately owned, but known to relay a government’s line (Life.ru, Trend, Report.az): good evidence of what that government and its officials say, weak evidence of anything else.',
  },
  aggregator: {
    label: 'Aggregator copy',
    description: 'Another outlet’s report, read as copied on a third-party site; the original publisher is named first.',
  },
} as const;

export type SourceKind = keyof typeof SOURCE_KINDS;

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
