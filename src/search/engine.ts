import type Fuse from 'fuse.js';
import { shownResult, type ShownResult } from './excerpts';
import { holdsPhrase, matchesTerm, unitsFound, type TermMatcher } from './match';
import { searchQuery, type QueryUnit, type SearchQuery } from './query';
import type { SearchKind, SearchRecord } from './records';
import { openSearchIndex, searchDocument, type SearchDocument, type SearchIndexFile } from './search-index';
import { hasFilters, type SearchState } from './state';

/** Results are grouped by kind, always in this order: readers come for claims first. */
/** The order result groups are listed in. */
export const KIND_ORDER: readonly SearchKind[] = ['claim', 'passage', 'event', 'person'];

export interface SearchGroup {
  kind: SearchKind;
  /** Best first; possibly only the first few (`firstOfEachGroup`). */
  records: SearchRecord[];
  /** Beside `records`, one for each: what its result shows, marked, its excerpt from where it matched (`withShownText`). */
  shown?: ShownResult[];
  /** How many records of this kind were found. */
  count: number;
  /** How many of the first records hold every word searched for. */
  complete: number;
}

export interface SearchOutcome {
  /** The words searched for (empty when the query has none). */
  terms: string[];
  /** What each result must hold, one unit at least (see query.ts): for marking the words. */
  units: QueryUnit[];
  /** The query's words as typed, for finding the whole phrase. */
  phrase: string[];
  groups: SearchGroup[];
  total: number;
  /** Results the query found that the filters hide. */
  hiddenByFilters: number;
}

/**
 * The article filter keeps what belongs to an article (claims and passages); the claim
 * type and claimant filters keep claims.
 */
export function passesFilters(record: SearchRecord, state: SearchState): boolean {
  if (state.article !== '' && !((record.kind === 'claim' || record.kind === 'passage') && record.article === state.article)) return false;
  if (state.type === '' && state.claimant === '') return true;
  return record.kind === 'claim' && (state.type === '' || record.type === state.type) && (state.claimant === '' || record.claimant === state.claimant);
}

export type SearchEngine = (state: SearchState) => SearchOutcome;

/** What Fuse proposed for a query: the record, its folded text, and Fuse's score. */
export interface Proposal {
  record: SearchRecord;
  document: SearchDocument;
  score: number;
}

/** How a record holds the query: which of its units, and whether some field holds the whole phrase. */
export function matchOf(document: SearchDocument, query: SearchQuery, matches: TermMatcher = matchesTerm): RecordMatch {
  const units = new Set<number>();
  let phrase = false;
  for (const value of Object.values(document).flat()) {
    const textWords = value.split(' ');
    unitsFound(textWords, query.units, units, matches);
    phrase ||= holdsPhrase(textWords, query.phrase, matches);
  }
  return { units, phrase };
}

export interface RecordMatch {
  units: Set<number>;
  phrase: boolean;
}

/** What each unit of the query is worth to a record holding it: more, the fewer of the matched records hold it. */
export function unitWeights(matched: readonly RecordMatch[], query: SearchQuery): (match: RecordMatch) => number {
  const weight = query.units.map((_, unit) => Math.log((matched.length + 1) / Math.max(1, matched.filter((match) => match.units.has(unit)).length)));
  // Summed in the units' order, so that every engine adds the same numbers the same way.
  return (match) => weight.reduce((sum, value, unit) => (match.units.has(unit) ? sum + value : sum), 0);
}

/** The ranking rule between two matched records: the whole phrase, then the weight of the words held (`unitWeights`); Fuse's score decides the rest. */
export const byPhraseThenWords = (a: RecordMatch & { held: number }, b: RecordMatch & { held: number }) => Number(b.phrase) - Number(a.phrase) || b.held - a.held;

/**
 * The outcome of a search from what Fuse proposed. A record in which no unit of the
 * query is found (see match.ts) is dropped. Within each group: records holding the
 * whole phrase first; then by the words they hold, each counting for more the fewer
 * records hold it (so that, searching "death toll", a record about the toll comes
 * before one that only mentions death); then by Fuse's score.
 */
function rankProposals(proposals: readonly Proposal[], query: SearchQuery, state: SearchState): SearchOutcome {
  const matched = proposals.map((proposal) => ({ ...proposal, ...matchOf(proposal.document, query) })).filter((proposal) => proposal.units.size > 0);
  const heldBy = unitWeights(matched, query);
  const found = matched
    .map((proposal) => ({ ...proposal, held: heldBy(proposal) }))
    .sort((a, b) => byPhraseThenWords(a, b) || a.score - b.score)
    .map(({ record, units }) => ({ record, complete: units.size === query.units.length }));
  return grouped(found, query, state, found.length);
}

/** No words, but filters: everything they let through, in reading order. */
export function filteredOnly(records: readonly SearchRecord[], query: SearchQuery, state: SearchState): SearchOutcome {
  const everything = hasFilters(state) && state.query.trim() === '' ? records.map((record) => ({ record, complete: true })) : [];
  return grouped(everything, query, state, 0);
}

function grouped(found: readonly { record: SearchRecord; complete: boolean }[], query: SearchQuery, state: SearchState, foundByQuery: number): SearchOutcome {
  const shown = found.filter(({ record }) => passesFilters(record, state));
  const groups = KIND_ORDER.map((kind) => {
    const ofKind = shown.filter(({ record }) => record.kind === kind);
    return { kind, records: ofKind.map(({ record }) => record), count: ofKind.length, complete: ofKind.filter(({ complete }) => complete).length };
  }).filter((group) => group.records.length > 0);
  return { terms: query.terms, units: query.units, phrase: query.phrase, groups, total: shown.length, hiddenByFilters: foundByQuery > 0 ? foundByQuery - shown.length : 0 };
}

/** Fuse's proposals, each with its record's folded text (made once per record, then kept). */
function proposalsFrom(fuse: Fuse<SearchRecord>, terms: readonly string[], documentOf: (refIndex: number, record: SearchRecord) => SearchDocument): Proposal[] {
  return fuse.search(terms.join(' ')).map((result) => ({ record: result.item, document: documentOf(result.refIndex, result.item), score: result.score ?? 1 }));
}

/** The search over a whole index, loaded at once. */
export function createSearchEngine(file: SearchIndexFile): SearchEngine {
  const fuse = openSearchIndex(file);
  const documents = new Map<number, SearchDocument>();
  const documentOf = (refIndex: number, record: SearchRecord) => {
    let document = documents.get(refIndex);
    if (!document) documents.set(refIndex, (document = searchDocument(record)));
    return document;
  };
  return (state) => {
    const query = searchQuery(state.query);
    if (query.terms.length === 0) return filteredOnly(file.records, query, state);
    return rankProposals(proposalsFrom(fuse, query.terms, documentOf), query, state);
  };
}

/** The first `perGroup` records of each group, counts unchanged: what a list shows. */
export function firstOfEachGroup(outcome: SearchOutcome, perGroup: number): SearchOutcome {
  return { ...outcome, groups: outcome.groups.map((group) => ({ ...group, records: group.records.slice(0, perGroup) })) };
}

/** What each record's result shows, marked: call on what will be shown, after `firstOfEachGroup`. */
export function withShownText(outcome: SearchOutcome): SearchOutcome {
  const query = { terms: outcome.terms, units: outcome.units, phrase: outcome.phrase };
  return { ...outcome, groups: outcome.groups.map((group) => ({ ...group, shown: group.records.map((record) => shownResult(record, query)) })) };
}

/**
 * The claims of one article a search found, to highlight in its text: those holding
 * every word searched for, or all that matched when none holds them all.
 */
export function matchingClaimsIn(outcome: SearchOutcome, article: string): string[] {
  const claims = outcome.groups.find((group) => group.kind === 'claim');
  if (!claims) return [];
  const best = claims.complete > 0 ? claims.records.slice(0, claims.complete) : claims.records;
  return best.filter((record) => record.kind === 'claim' && record.article === article).map((record) => record.id);
}
