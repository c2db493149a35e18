import type { ArticleState, ClaimRequest, ClaimResponse, FieldIssue, SelectedPassage } from '../api';
import { selectorOf, suggestClaimId } from '../claim-draft';
import type { Passage } from '../selection';
import { sendClaim } from './requests';
import { fieldFor, objectFields, showIssuesIn, type FormContext } from './schema-form';

/**
 * "New claim": the entry as it will be saved, drawn from the claim schema, with
 * the passage, a suggested id and the choices content/ offers, and beside it the
 * YAML the endpoint would write, checked as the build will check it.
 */

/** Fields the form does not ask for: the passage comes from the selection, the article from the page. */
const FROM_SELECTION = ['article', 'quote', 'prefix', 'suffix'];
const NEW_PERSON = '+new';
const PREVIEW_DELAY_MS = 300;

export interface DraftOptions {
  state: ArticleState;
  passage: SelectedPassage;
  paragraph: Passage;
  within: readonly string[];
  saved(response: Extract<ClaimResponse, { status: 'ok' }>): void;
  cancelled(): void;
}

export function claimForm({ state, passage, paragraph, within, saved, cancelled }: DraftOptions): HTMLFormElement {
  const form = document.createElement('form');
  form.className = 'claim-form';
  form.noValidate = true;
  const selector = selectorOf(state.text, state.paragraphs, passage, paragraph);
  if ('refused' in selector) throw new Error(selector.refused);
  const heading = document.createElement('h2');
  heading.textContent = 'New claim';
  heading.tabIndex = -1;

  let previewTimer: number | undefined;
  const context: FormContext = {
    choicesFor: (path) => {
      const kind = state.form.references[path];
      if (!kind) return undefined;
      const choices = state.form.choices[kind];
      return path === 'claimant' ? [...choices, { id: NEW_PERSON, label: 'A new person or organisation…' }] : choices;
    },
    changed: () => {
      window.clearTimeout(previewTimer);
      previewTimer = window.setTimeout(() => void check(false), PREVIEW_DELAY_MS);
    },
  };
  const keys = Object.keys(state.form.claim.properties ?? {}).filter((key) => !FROM_SELECTION.includes(key));
  const fields = objectFields(state.form.claim, '', context, FROM_SELECTION);
  const person = fieldFor(state.form.person, 'person', 'New person or organisation', true, context);
  person.element.hidden = true;
  const idControl = fields[keys.indexOf('id')]!.element.querySelector('input, textarea') as HTMLInputElement | HTMLTextAreaElement;
  idControl.value = suggestClaimId(passage.quote, {
    articleId: state.article.id,
    articleClaimIds: [...state.claims, ...state.problems].map((claim) => claim.id),
    isTaken: (id) => state.takenIds.includes(id),
  });
  const claimant = fields[keys.indexOf('claimant')]?.element.querySelector('select');
  claimant?.addEventListener('change', () => (person.element.hidden = claimant.value !== NEW_PERSON));

  const preview = document.createElement('pre');
  preview.className = 'preview';
  preview.setAttribute('aria-label', `The entry as it will be saved in ${state.article.claimsFile}`);
  const summary = document.createElement('ul');
  summary.className = 'issues';
  const save = button('Save', 'submit');
  const cancel = button('Cancel', 'button');
  cancel.addEventListener('click', cancelled);

  const request = (commit: boolean): ClaimRequest => {
    const values = Object.fromEntries(fields.map((field, index) => [keys[index]!, field.value()]));
    const isNew = values.claimant === NEW_PERSON;
    return { article: state.article.id, passage, fields: isNew ? { ...values, claimant: undefined } : values, person: isNew ? (person.value() as Record<string, unknown>) : undefined, save: commit };
  };
  let latest = 0;
  // Field by field issues wait for the first Save: an empty form is not yet wrong.
  let attempted = false;
  const check = async (commit: boolean) => {
    attempted ||= commit;
    const asked = ++latest;
    const response = await sendClaim(request(commit));
    // A preview overtaken by a newer one is not shown.
    if (asked !== latest && !commit) return;
    show(response);
    if (response.status === 'ok' && response.saved) saved(response);
  };
  const show = (response: ClaimResponse) => {
    const issues: FieldIssue[] = response.status === 'invalid' && attempted ? response.issues : [];
    const left = person.showIssues(showIssuesIn(fields, issues));
    summary.replaceChildren(...(response.status === 'refused' ? [response.message] : left.map((issue) => `${issue.path || 'entry'}: ${issue.message}`)).map(listItem));
    if ('yaml' in response && response.yaml) preview.textContent = response.status === 'ok' && response.personYaml ? `${response.yaml}\n# and in content/people.yaml:\n${response.personYaml}` : response.yaml;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save.disabled = true;
    void check(true).finally(() => (save.disabled = false));
  });

  form.append(heading, passageBlock(selector, within), ...fields.map((field) => field.element), person.element, summary, previewBlock(preview), actions(save, cancel));
  context.changed();
  return form;
}

function passageBlock(selector: { quote: string; prefix?: string | undefined; suffix?: string | undefined }, within: readonly string[]): HTMLElement {
  const block = document.createElement('dl');
  block.className = 'passage';
  const row = (term: string, detail: string) => {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = detail;
    block.append(dt, dd);
  };
  row('Quote', selector.quote);
  if (selector.prefix) row('Prefix (the words occur more than once)', selector.prefix);
  if (selector.suffix) row('Suffix (the words occur more than once)', selector.suffix);
  if (within.length > 0) row('Inside the claims', within.join(', '));
  return block;
}

function previewBlock(preview: HTMLElement): HTMLElement {
  const details = document.createElement('section');
  details.className = 'preview-block';
  const caption = document.createElement('h3');
  caption.textContent = 'As it will be saved';
  details.append(caption, preview);
  return details;
}

function actions(...buttons: HTMLButtonElement[]): HTMLElement {
  const row = document.createElement('div');
  row.className = 'actions';
  row.append(...buttons);
  return row;
}

export function button(text: string, type: 'button' | 'submit'): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = type;
  element.textContent = text;
  return element;
}

export function listItem(text: string): HTMLLIElement {
  const item = document.createElement('li');
  item.textContent = text;
  return item;
}
