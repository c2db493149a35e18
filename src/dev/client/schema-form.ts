import type { Choice, FieldIssue, JsonSchema } from '../api';

/**
 * Form controls drawn from a JSON Schema (the build's zod schema, converted):
 * a closed list becomes a select, ids of other entries a picker, dates a date
 * field, free text a text box, an optional group a fieldset to add, a list of
 * groups rows to add and remove. Each field reads back its value and shows the
 * issues the endpoint finds at its path.
 */

export interface Field {
  element: HTMLElement;
  value(): unknown;
  /** Shows the issues at this field's path and below; returns those it did not show. */
  showIssues(issues: readonly FieldIssue[]): FieldIssue[];
}

export interface FormContext {
  /** Choices for a field path that names other entries (e.g. "events", "assessment.sources"). */
  choicesFor(path: string): Choice[] | undefined;
  /** Called on every change, to show the entry as it would be saved. */
  changed(): void;
}

let serial = 0;
const uniqueId = (path: string) => `field-${path.replace(/\W+/g, '-')}-${++serial}`;

/** A schema's properties as fields, in its order, leaving out `skip`. */
export function objectFields(schema: JsonSchema, path: string, context: FormContext, skip: readonly string[] = []): Field[] {
  return Object.entries(schema.properties ?? {})
    .filter(([key]) => !skip.includes(key))
    .map(([key, property]) => fieldFor(property, join(path, key), labelOf(key), (schema.required ?? []).includes(key), context));
}

export function fieldFor(schema: JsonSchema, path: string, label: string, required: boolean, context: FormContext): Field {
  const choices = context.choicesFor(path.replace(/\.\d+(?=\.|$)/g, ''));
  if (schema.type === 'object') return groupField(schema, path, label, required, context);
  if (schema.type === 'array' && schema.items?.type === 'object') return rowsField(schema.items, path, label, context);
  if (schema.type === 'array') return choices ? checkboxField(path, label, choices, context) : linesField(path, label, context);
  if (choices) return selectField(path, label, required, choices, context);
  if (schema.enum) return selectField(path, label, required, schema.enum.map((value) => ({ id: value, label: schema.labels?.[value] ?? value })), context);
  return textField(schema, path, label, required, context);
}

/** Shows every issue under `path`, field by field; gives back the ones no field showed. */
export function showIssuesIn(fields: readonly Field[], issues: readonly FieldIssue[]): FieldIssue[] {
  return fields.reduce<readonly FieldIssue[]>((left, field) => field.showIssues(left), issues) as FieldIssue[];
}

export function valuesOf(fields: readonly Field[], keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field, index) => [keys[index]!, field.value()]));
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** "asOf" → "As of", "assessment" → "Assessment". */
export function labelOf(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function labelled(control: HTMLElement, path: string, label: string, required: boolean): { element: HTMLElement; error: HTMLElement } {
  const wrapper = document.createElement('div');
  wrapper.className = 'field';
  const caption = document.createElement('label');
  control.id = uniqueId(path);
  caption.htmlFor = control.id;
  caption.textContent = required ? label : `${label} (optional)`;
  const error = errorElement(control);
  wrapper.append(caption, control, error);
  return { element: wrapper, error };
}

function errorElement(described: HTMLElement): HTMLElement {
  const error = document.createElement('p');
  error.className = 'field-error';
  error.id = `${described.id || uniqueId('error')}-error`;
  error.hidden = true;
  described.setAttribute('aria-describedby', error.id);
  return error;
}

/** Shows the issues whose path is `path` in `error`; returns the rest. */
function issuesAt(path: string, error: HTMLElement, control: HTMLElement, issues: readonly FieldIssue[]): FieldIssue[] {
  const mine = issues.filter((issue) => issue.path === path);
  error.hidden = mine.length === 0;
  error.textContent = mine.map((issue) => issue.message).join('; ');
  control.toggleAttribute('aria-invalid', mine.length > 0);
  return issues.filter((issue) => issue.path !== path);
}

function textField(schema: JsonSchema, path: string, label: string, required: boolean, context: FormContext): Field {
  const isDate = schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$';
  const control = isDate || schema.format === 'uri' || schema.pattern ? document.createElement('input') : document.createElement('textarea');
  if (control instanceof HTMLInputElement) control.type = isDate ? 'date' : schema.format === 'uri' ? 'url' : 'text';
  else control.rows = path.endsWith('note') ? 5 : 2;
  control.name = path;
  control.required = required;
  control.addEventListener('input', () => context.changed());
  const { element, error } = labelled(control, path, label, required);
  return { element, value: () => control.value, showIssues: (issues) => issuesAt(path, error, control, issues) };
}

function linesField(path: string, label: string, context: FormContext): Field {
  const control = document.createElement('textarea');
  control.name = path;
  control.rows = 2;
  control.addEventListener('input', () => context.changed());
  const { element, error } = labelled(control, path, `${label}, one per line`, false);
  const value = () => control.value.split('\n').map((line) => line.trim()).filter(Boolean);
  return { element, value, showIssues: (issues) => issuesAt(path, error, control, issues) };
}

function selectField(path: string, label: string, required: boolean, choices: readonly Choice[], context: FormContext): Field {
  const control = document.createElement('select');
  control.name = path;
  control.required = required;
  control.append(new Option(required ? 'Choose…' : 'None', ''), ...choices.map((choice) => new Option(choice.label, choice.id)));
  control.addEventListener('change', () => context.changed());
  const { element, error } = labelled(control, path, label, required);
  return { element, value: () => control.value, showIssues: (issues) => issuesAt(path, error, control, issues) };
}

function checkboxField(path: string, label: string, choices: readonly Choice[], context: FormContext): Field {
  const group = document.createElement('fieldset');
  group.className = 'choices';
  const legend = document.createElement('legend');
  legend.textContent = label;
  const filter = document.createElement('input');
  filter.type = 'search';
  filter.placeholder = 'Filter';
  filter.setAttribute('aria-label', `Filter ${label.toLowerCase()}`);
  const list = document.createElement('div');
  list.className = 'choice-list';
  const boxes = choices.map((choice) => {
    const item = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = choice.id;
    box.name = path;
    box.addEventListener('change', () => context.changed());
    item.append(box, ` ${choice.label}`);
    list.append(item);
    return { item, box };
  });
  filter.addEventListener('input', () => {
    const wanted = filter.value.trim().toLowerCase();
    for (const { item, box } of boxes) item.hidden = wanted !== '' && !box.checked && !(item.textContent ?? '').toLowerCase().includes(wanted);
  });
  const error = errorElement(group);
  group.append(legend, filter, list, error);
  const value = () => boxes.filter(({ box }) => box.checked).map(({ box }) => box.value);
  return { element: group, value, showIssues: (issues) => issuesAt(path, error, group, issues.filter((issue) => !issue.path.startsWith(`${path}.`))).concat(issues.filter((issue) => issue.path.startsWith(`${path}.`))) };
}

/** An object: its fields in a fieldset; an optional one is added with a checkbox. */
function groupField(schema: JsonSchema, path: string, label: string, required: boolean, context: FormContext): Field {
  const group = document.createElement('fieldset');
  const legend = document.createElement('legend');
  const keys = Object.keys(schema.properties ?? {});
  const fields = objectFields(schema, path, context);
  const inner = document.createElement('div');
  inner.append(...fields.map((field) => field.element));
  let included = () => true;
  if (required) legend.textContent = label;
  else {
    const toggle = document.createElement('input');
    toggle.type = 'checkbox';
    const caption = document.createElement('label');
    caption.append(toggle, ` Add ${label.toLowerCase()}`);
    legend.append(caption);
    inner.hidden = true;
    toggle.addEventListener('change', () => {
      inner.hidden = !toggle.checked;
      context.changed();
    });
    included = () => toggle.checked;
  }
  const error = errorElement(group);
  group.append(legend, inner, error);
  return {
    element: group,
    value: () => (included() ? valuesOf(fields, keys) : undefined),
    showIssues: (issues) => showIssuesIn(fields, issuesAt(path, error, group, issues)),
  };
}

/** A list of objects: rows to add and remove. */
function rowsField(item: JsonSchema, path: string, label: string, context: FormContext): Field {
  const group = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = `${label} (optional)`;
  const rows = document.createElement('div');
  const add = document.createElement('button');
  add.type = 'button';
  add.textContent = `Add to ${label.toLowerCase()}`;
  const keys = Object.keys(item.properties ?? {});
  const entries: { element: HTMLElement; fields: Field[] }[] = [];
  add.addEventListener('click', () => {
    const index = entries.length;
    const row = document.createElement('div');
    row.className = 'row';
    const fields = objectFields(item, `${path}.${index}`, context);
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = 'Remove';
    const entry = { element: row, fields };
    remove.addEventListener('click', () => {
      entries.splice(entries.indexOf(entry), 1);
      row.remove();
      context.changed();
    });
    row.append(...fields.map((field) => field.element), remove);
    entries.push(entry);
    rows.append(row);
    context.changed();
  });
  const error = errorElement(group);
  group.append(legend, rows, add, error);
  return {
    element: group,
    value: () => entries.map((entry) => valuesOf(entry.fields, keys)),
    showIssues: (issues) => entries.reduce((left, entry) => showIssuesIn(entry.fields, left), issuesAt(path, error, group, issues)),
  };
}
