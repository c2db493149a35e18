import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { parse } from 'yaml';
import { claimSchema } from '../content/schemas/claim';
import { personSchema } from '../content/schemas/person';
import type { ArticleState, ClaimRequest, ClaimResponse, FieldIssue, ReanchorRequest, SelectedPassage } from './api';
import { appendEntry, passageFields, printedEntry, replacePassage } from './claims-file';
import { selectorOf } from './claim-draft';
import { oneAtATime, readIfPresent, writeAtomically } from './file-writes';
import { CLAIM_REFERENCES } from './form-spec';
import { judgeSelection } from './selection';
import type { QuoteSelector } from '../annotate/quote-search';

/**
 * The edits the annotation endpoint makes: a new claim, and a claim's new
 * passage. Each is checked as the build will check it (the passage against the
 * text the pages are rendered from, the entry with the build's own schema) before
 * anything is written, and written one at a time.
 */

export interface EditContext {
  /** The project folder. */
  root: string;
  /** The article as the dev server has it now (read again after each write). */
  state(articleId: string): Promise<ArticleState>;
}

const PEOPLE_FILE = 'content/people.yaml';
/** How long to wait for the dev server to take in a file just written. */
const RELOAD_TIMEOUT_MS = 20_000;
const RELOAD_POLL_MS = 150;

export async function saveClaim(request: ClaimRequest, context: EditContext): Promise<ClaimResponse> {
  const state = await context.state(request.article);
  const passage = passageOf(state, request.passage);
  if ('refused' in passage) return { status: 'refused', message: passage.refused };
  return oneAtATime(async () => {
    const file = join(context.root, state.article.claimsFile);
    const fields = withoutEmpty(request.fields);
    const person = request.person ? withoutEmpty(request.person) : undefined;
    const entry = inSchemaOrder({ ...fields, ...passageFields(passage), ...(person ? { claimant: person.id } : {}) });
    const issues = [...(await idIssues(String(entry.id ?? ''), state, context.root)), ...schemaIssues(entry, request.article), ...referenceIssues(entry, state, person)];
    if (person) issues.push(...(await personIssues(person, context.root)));
    const yaml = printedEntry(entry);
    const personYaml = person ? printedEntry(person) : undefined;
    if (issues.length > 0) return { status: 'invalid', issues, yaml };
    if (!request.save) return { status: 'ok', saved: false, id: String(entry.id), yaml, personYaml, file: state.article.claimsFile };
    const claimsText = appendEntry(await readIfPresent(file, ''), entry);
    if (person) {
      const peopleFile = join(context.root, PEOPLE_FILE);
      await writeAtomically(peopleFile, appendEntry(await readIfPresent(peopleFile, ''), person));
    }
    await writeAtomically(file, claimsText);
    await shown(context, request.article, (next) => [...next.claims, ...next.problems].some((claim) => claim.id === entry.id));
    return { status: 'ok', saved: true, id: String(entry.id), yaml, personYaml, file: state.article.claimsFile };
  });
}

export async function reanchorClaim(request: ReanchorRequest, context: EditContext): Promise<ClaimResponse> {
  const state = await context.state(request.article);
  if (!state.problems.some((problem) => problem.id === request.claim)) {
    return { status: 'refused', message: `The claim “${request.claim}” is not among this article's problems: its quote anchors already.` };
  }
  const passage = passageOf(state, request.passage);
  if ('refused' in passage) return { status: 'refused', message: passage.refused };
  return oneAtATime(async () => {
    const file = join(context.root, state.article.claimsFile);
    await writeAtomically(file, replacePassage(await readIfPresent(file, ''), request.claim, passage));
    await shown(context, request.article, (next) => next.claims.some((claim) => claim.id === request.claim));
    return { status: 'ok', saved: true, id: request.claim, yaml: printedEntry(passageFields(passage)), file: state.article.claimsFile };
  });
}

/** The selected words as a claim will quote them, or why they cannot be quoted. */
function passageOf(state: ArticleState, selected: SelectedPassage): QuoteSelector | { refused: string } {
  if (state.text.slice(selected.start, selected.end) !== selected.quote) {
    return { refused: 'The page is older than the text the dev server has: reload it and select the words again.' };
  }
  const verdict = judgeSelection(state.text, state.paragraphs, state.claims, selected);
  if (verdict.kind === 'refused') return { refused: verdict.reason };
  if (verdict.kind === 'existing') return { refused: `These words are already the claim “${verdict.claim}”.` };
  return selectorOf(state.text, state.paragraphs, verdict.range, verdict.paragraph);
}

/** Empty text, empty lists and empty groups are fields left out, not values. */
export function withoutEmpty(fields: Record<string, unknown>): Record<string, unknown> {
  const kept = Object.entries(fields).flatMap(([key, value]): [string, unknown][] => {
    if (typeof value === 'string') return value.trim() === '' ? [] : [[key, value.trim()]];
    if (Array.isArray(value)) {
      const items = value.map((item) => (isRecord(item) ? withoutEmpty(item) : item)).filter((item) => !(isRecord(item) && Object.keys(item).length === 0));
      return items.length === 0 ? [] : [[key, items]];
    }
    if (isRecord(value)) {
      const inner = withoutEmpty(value);
      return Object.keys(inner).length === 0 ? [] : [[key, inner]];
    }
    return value === undefined || value === null ? [] : [[key, value]];
  });
  return Object.fromEntries(kept);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fields in the order the schema lists them, which is the order the files write them in. */
function inSchemaOrder(entry: Record<string, unknown>): Record<string, unknown> {
  const order = Object.keys(claimSchema.shape).filter((key) => key !== 'article');
  const known = order.filter((key) => key in entry).map((key) => [key, entry[key]] as const);
  const unknown = Object.entries(entry).filter(([key]) => !order.includes(key));
  return Object.fromEntries([...known, ...unknown]);
}

function schemaIssues(entry: Record<string, unknown>, article: string): FieldIssue[] {
  const result = claimSchema.safeParse({ ...entry, article });
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

async function idIssues(id: string, state: ArticleState, root: string): Promise<FieldIssue[]> {
  if (id === '') return [];
  // The files, not the dev server's catalog: a claim saved a moment ago may not be in it yet.
  for (const file of (await glob('content/claims/*.yaml', { cwd: root })).sort()) {
    const entries = (parse(await readIfPresent(join(root, file), '')) ?? []) as { id?: unknown }[];
    if (Array.isArray(entries) && entries.some((entry) => entry?.id === id)) {
      return [{ path: 'id', message: `the id "${id}" is already used by a claim in ${file}: every claim needs its own` }];
    }
  }
  if (state.takenIds.includes(id)) {
    return [{ path: 'id', message: `the id "${id}" was published once (content/anchors.yaml): a link to it must keep its meaning, so choose another` }];
  }
  return [];
}

/** Ids of other entries must be ones content/ has (the form only offers those; a request may say anything). */
function referenceIssues(entry: Record<string, unknown>, state: ArticleState, person: Record<string, unknown> | undefined): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [path, kind] of Object.entries(CLAIM_REFERENCES)) {
    const known = new Set(state.form.choices[kind].map((choice) => choice.id));
    if (kind === 'person' && person) known.add(String(person.id));
    for (const id of idsAt(entry, path.split('.'))) {
      if (!known.has(id)) issues.push({ path, message: `there is no ${kind} with the id "${id}"` });
    }
  }
  return issues;
}

function idsAt(value: unknown, path: readonly string[]): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => idsAt(item, path));
  if (path.length === 0) return typeof value === 'string' ? [value] : [];
  return isRecord(value) ? idsAt(value[path[0]!], path.slice(1)) : [];
}

async function personIssues(person: Record<string, unknown>, root: string): Promise<FieldIssue[]> {
  const result = personSchema.safeParse(person);
  const issues = result.success ? [] : result.error.issues.map((issue) => ({ path: ['person', ...issue.path].join('.'), message: issue.message }));
  const people = (parse(await readIfPresent(join(root, PEOPLE_FILE), '')) ?? []) as { id?: unknown }[];
  if (people.some((entry) => entry?.id === person.id)) issues.push({ path: 'person.id', message: `the id "${String(person.id)}" is already in ${PEOPLE_FILE}: pick that person instead` });
  return issues;
}

/** Waits until the dev server's catalog has taken in the files just written, so the page reloads with them. */
async function shown(context: EditContext, articleId: string, done: (state: ArticleState) => boolean): Promise<void> {
  const deadline = Date.now() + RELOAD_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const next = await context.state(articleId).catch(() => undefined);
    if (next && done(next)) return;
    await new Promise((resolve) => setTimeout(resolve, RELOAD_POLL_MS));
  }
  throw new Error(`The file was written, but the dev server had not reloaded it after ${RELOAD_TIMEOUT_MS / 1000} s: reload the page.`);
}
