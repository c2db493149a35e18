import type { TextRange } from '../annotate/quote-search';
import type { Passage } from './selection';

/**
 * What the annotation endpoint (served by `astro dev` only) and the dev toolbar
 * app say to each other. Not a published address: it exists only on the dev
 * server, and only answers on loopback.
 */
export const ANNOTATION_ENDPOINT = '/__crocus-annotate';

/** The Dev Toolbar app's id. */
export const TOOLBAR_APP_ID = 'crocus-reader-annotate';

export const endpoints = {
  /** GET ?path=<page path>: the article at that path, as the dev server has it now. */
  state: `${ANNOTATION_ENDPOINT}/state`,
  /** POST a new claim: checked and shown as it would be written (`save: false`), or written. */
  claim: `${ANNOTATION_ENDPOINT}/claim`,
  /** POST a claim's new passage. */
  reanchor: `${ANNOTATION_ENDPOINT}/reanchor`,
} as const;

/** A claim marked in the text. */
export interface MarkedClaim extends Passage {
  quote: string;
  type: string;
  summary: string;
  claimant: string;
  /** Where it is in its claims file, for "open in editor". */
  line: number;
}

/** A claim whose quote does not anchor, with the build's own diagnosis. */
export interface UnanchoredClaim {
  id: string;
  quote: string;
  message: string;
  closest?: { passage: string; range: TextRange; differences: string[] } | undefined;
  line: number;
}

export interface Choice {
  id: string;
  label: string;
}

/** What the claim form is made from: the schemas as JSON Schema, and the choices for the fields that name other entries. */
export interface FormSpec {
  claim: JsonSchema;
  person: JsonSchema;
  /** Field path (dots, arrays left out) → the collection its ids come from. */
  references: Record<string, ReferenceKind>;
  choices: Record<ReferenceKind, Choice[]>;
}

export type ReferenceKind = 'person' | 'source' | 'event' | 'figure' | 'claim';

/** The subset of JSON Schema that zod's `toJSONSchema` gives for the content schemas. */
export interface JsonSchema {
  type?: string;
  enum?: string[];
  pattern?: string;
  minLength?: number;
  minItems?: number;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  default?: unknown;
  anyOf?: JsonSchema[];
  /** Added by the endpoint: a closed list's reader-facing labels (src/content/vocabulary.ts), by value. */
  labels?: Record<string, string>;
}

export interface ArticleState {
  article: { id: string; headline: string; claimsFile: string };
  /** `textContent` of `#article-body`, as the catalog counts positions. */
  text: string;
  paragraphs: Passage[];
  claims: MarkedClaim[];
  problems: UnanchoredClaim[];
  /** Every claim id in use, and every claim id ever published: a new claim may take none. */
  takenIds: string[];
  form: FormSpec;
}

/** The words the editor selected, as offsets in the text, with the words themselves to catch a page gone stale. */
export interface SelectedPassage extends TextRange {
  quote: string;
}

export interface ClaimRequest {
  article: string;
  passage: SelectedPassage;
  /** The form's values: every claim field but the passage and the article. */
  fields: Record<string, unknown>;
  /** A claimant who is not in content/people.yaml yet. */
  person?: Record<string, unknown> | undefined;
  save: boolean;
}

export interface ReanchorRequest {
  article: string;
  claim: string;
  passage: SelectedPassage;
}

export interface FieldIssue {
  /** The field, as a path of keys ("assessment.verdict"), or "" for the entry as a whole. */
  path: string;
  message: string;
}

export type ClaimResponse =
  | { status: 'ok'; saved: boolean; id: string; yaml: string; personYaml?: string | undefined; file: string }
  | { status: 'invalid'; issues: FieldIssue[]; yaml?: string | undefined }
  | { status: 'refused'; message: string };
