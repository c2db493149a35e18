import type { SearchGroup, SearchOutcome } from '../engine';
import { quoted } from '../../text/quotation';
import type { ResultExcerpt } from '../excerpts';
import { highlightRanges, type Range } from '../match';
import type { QueryUnit } from '../query';
import type { PersonRecord, SearchKind, SearchRecord } from '../records';
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
export const SOME_RESULTS_MISSING = 'Part of the search index could not be loaded, so some results may be missing. Check your connection and search again.';

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
    for (const [index, record] of group.records.entries()) {
      const option = resultOption(record, group.excerpts?.[index], outcome.units, `${idPrefix}-option-${options.length}`);
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

function resultOption(record: SearchRecord, shown: ResultExcerpt | undefined, units: readonly QueryUnit[], id: string): HTMLAnchorElement {
  const option = element('a', { className: `search-result search-result--${record.kind}`, id, role: 'option', 'aria-selected': 'false', tabindex: '-1' });
  // The words go along, to be marked where the link lands; a hyphenated name stays one.
  option.href = href(withSearchedWords(record.path, units.map((unit) => unit.join('-')).join(' ')));
  switch (record.kind) {
    case 'claim':
      option.append(
        meta([record.typeLabel, record.claimantName, record.claimantName.includes(record.outlet) ? undefined : record.outlet, record.verdictLabel], units),
        highlighted('search-result__title', record.summary, units),
        excerptLine(shown?.inNote ? 'search-result__excerpt search-result__note' : 'search-result__excerpt search-result__quote', shown),
      );
      break;
    case 'passage':
      option.append(meta([record.outlet, 'paragraph'], units), excerptLine('search-result__excerpt', shown));
      break;
    case 'event':
      option.append(meta([record.dateLabel, 'timeline'], units), highlighted('search-result__title', record.title, units), excerptLine('search-result__excerpt', shown));
      break;
    case 'person':
      option.append(
        meta([record.claimCount === 0 ? 'mentioned' : `${record.claimCount} ${record.claimCount === 1 ? 'claim' : 'claims'}`], units),
        highlighted('search-result__title', record.name, units),
        highlighted('search-result__excerpt', [record.role, ...matchedAliases(record, units)].join(' · '), units),
      );
      break;
  }
  return option;
}

/** Aliases are shown only when they matched and the name did not ("Sergeeva"). */
function matchedAliases({ name, aliases }: PersonRecord, units: readonly QueryUnit[]): string[] {
  if (highlightRanges(name, units).length > 0) return [];
  const matched = aliases.filter((alias) => highlightRanges(alias, units).length > 0);
  return matched.length > 0 ? [`also written ${matched.join(', ')}`] : [];
}

function meta(parts: readonly (string | undefined)[], units: readonly QueryUnit[]): HTMLElement {
  return highlighted('search-result__meta', parts.filter((part) => part !== undefined).join(' · '), units);
}

/** Text with the words matching the query marked. */
function highlighted(className: string, text: string, units: readonly QueryUnit[]): HTMLElement {
  const container = element('span', { className });
  appendMarked(container, text, highlightRanges(text, units));
  return container;
}

/** The excerpt the worker chose, marked as it says; "In the note:" when the words are in the claim's note. */
function excerptLine(className: string, shown: ResultExcerpt | undefined): HTMLElement {
  const container = element('span', { className });
  if (!shown) return container;
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
