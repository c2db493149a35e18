import type { SearchGroup, SearchOutcome } from '../engine';
import { quoted } from '../../text/quotation';
import type { Marked, ResultExcerpt, ShownResult } from '../excerpts';
import type { Range } from '../match';
import type { SearchKind, SearchRecord } from '../records';
import { href, withSearchedWords } from '../../routes';

/**
 * Search results as DOM: a listbox of groups (claims, passages, events, people),
 * each result a link (`a[role=option]`) to its exact anchor, with the matched
 * words in `<mark>`. Everything from the index or the query is set as text; no
 * HTML is ever parsed.
 */

const KIND_LABELS: Record<SearchKind, { heading: string; one: string; other: string }> = {
  claim: { heading: 'Claims', one: 'claim', other: 'claims' },
  passage: { heading: 'Passages', one: 'passage', other: 'passages' },
  event: { heading: 'Timeline events', one: 'timeline event', other: 'timeline events' },
  person: { heading: 'People', one: 'person', other: 'people' },
};

export const NO_RESULTS: SearchOutcome = { terms: [], units: [], phrase: [], groups: [], total: 0, hiddenByFilters: 0 };
const QUOTED_LENGTH = 60;

/** Said with the results when part of the index could not be loaded: what was found is shown. */
export const SOME_RESULTS_MISSING = 'Some results may be missing: part of the index did not load. Check your connection and search again.';

/** A query as messages quote it: trimmed, and cut short when long. */
export function quotedQuery(query: string): string {
  const characters = [...query.trim()];
  return quoted(`${characters.slice(0, QUOTED_LENGTH).join('')}${characters.length > QUOTED_LENGTH ? '…' : ''}`);
}

/**
 * Fills `listbox` with the results and returns them in order. `idPrefix` keeps ids
 * unique when two lists share a page.
 */
export function renderResults(listbox: HTMLElement, outcome: SearchOutcome, idPrefix: string): HTMLAnchorElement[] {
  const options: HTMLAnchorElement[] = [];
  const groups = outcome.groups.map((group) => {
    const labelId = `${idPrefix}-group-${group.kind}`;
    const list = element('ul', { className: 'search-group', role: 'group', 'aria-labelledby': labelId });
    list.append(element('li', { className: 'search-group__label', id: labelId, role: 'presentation' }, groupLabel(group)));
    // The words go along on each link, to be marked where it lands; a hyphenated name stays one.
    const searched = outcome.units.map((unit) => unit.join('-')).join(' ');
    for (const [index, record] of group.records.entries()) {
      const shown = group.shown?.[index];
      if (!shown) continue;
      const option = resultOption(record, shown, searched, `${idPrefix}-option-${options.length}`);
      options.push(option);
      list.append(element('li', { role: 'presentation' }, option));
    }
    return list;
  });
  listbox.replaceChildren(...groups);
  listbox.hidden = options.length === 0;
  return options;
}

function groupLabel({ kind, records, count }: SearchGroup): string {
  const label = KIND_LABELS[kind].heading;
  return count > records.length ? `${label} (${records.length} of ${count.toLocaleString('en-GB')})` : `${label} (${count})`;
}

/** "3 claims, 1 passage and 2 people": for the status line read out after each search. */
export function describeCounts(outcome: SearchOutcome): string {
  const parts = outcome.groups.map(({ kind, count }) => {
    const { one, other } = KIND_LABELS[kind];
    return `${count.toLocaleString('en-GB')} ${count === 1 ? one : other}`;
  });
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function resultOption(record: SearchRecord, shown: ShownResult, searched: string, id: string): HTMLAnchorElement {
  const option = element('a', { className: `search-result search-result--${record.kind}`, id, role: 'option', 'aria-selected': 'false', tabindex: '-1' });
  option.href = href(withSearchedWords(record.path, searched));
  const where = record.kind !== 'claim' ? '' : shown.excerpt.inNote ? ' search-result__note' : ' search-result__quote';
  option.append(marked('search-result__meta', shown.meta));
  if (shown.title) option.append(marked('search-result__title', shown.title));
  option.append(excerptLine(`search-result__excerpt${where}`, shown.excerpt));
  return option;
}

function marked(className: string, { text, ranges }: Marked): HTMLElement {
  const container = element('span', { className });
  appendMarked(container, text, ranges);
  return container;
}

/** The excerpt the worker chose, marked as it says; "In the note:" when the words are in the claim's note. */
function excerptLine(className: string, shown: ResultExcerpt): HTMLElement {
  const container = element('span', { className });
  if (shown.inNote) container.append(element('span', { className: 'search-result__where' }, 'In the note: '));
  if (shown.before) container.append('… ');
  appendMarked(container, shown.text, shown.ranges);
  if (shown.after) container.append(' …');
  return container;
}

function appendMarked(parent: HTMLElement, text: string, ranges: readonly Range[]): void {
  let at = 0;
  for (const [start, end] of ranges) {
    parent.append(text.slice(at, start), element('mark', { className: 'search-hit' }, text.slice(start, end)));
    at = end;
  }
  parent.append(text.slice(at));
}

type Attributes = { className?: string } & Record<string, string>;

/** An element with attributes and text or element children; text is always a text node. */
export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  { className, ...attributes }: Attributes = {},
  ...children: (string | Node)[]
): HTMLElementTagNameMap[Tag] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  created.append(...children);
  return created;
}
