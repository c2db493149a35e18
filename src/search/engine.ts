import { indexedWords, openSearchIndex, type SearchIndexFile } from './search-index';
import { coveredTermCount } from './match';
import { searchTerms } from './query';
import type { SearchKind, SearchRecord } from './records';
import { hasFilters, type SearchState } from './state';

/** Results are grouped by kind, always in this order: readers come for claims first. */
const KIND_ORDER: readonly SearchKind[] = ['claim', 'passage', 'event', 'person'];

export interface SearchGroup {
  kind: SearchKind;
  /** Best first; possibly only the first few (`firstOfEachGroup`). */
  records: SearchRecord[];
  /** How many records of this kind were found. */
  count: number;
  /** How many of the first records hold every word searched for. */
  complete: number;
}

export interface SearchOutcome {
  /** The words searched for (empty when the query has none). */
  terms: string[];
  groups: SearchGroup[];
  total: number;
  /** Results the query found that the filters hide. */
  hiddenByFilters: number;
}

/**
 * The article filter keeps what belongs to an article (claims and passages); the claim
 * type and claimant filters keep claims.
 */
function passesFilters(record: SearchRecord, state: SearchState): boolean {
  if (state.article !== '' && !((record.kind === 'claim' || record.kind === 'passage') && record.article === state.article)) return false;
  if (state.type === '' && state.claimant === '') return true;
  return record.kind === 'claim' && (state.type === '' || record.type === state.type) && (state.claimant === '' || record.claimant === state.claimant);
}

export type SearchEngine = (state: SearchState) => SearchOutcome;

export function createSearchEngine(file: SearchIndexFile): SearchEngine {
  const fuse = openSearchIndex(file);
  const wordsOf = indexedWords(file);
  return (state) => {
    const terms = searchTerms(state.query);
    let found: { record: SearchRecord; complete: boolean }[];
    if (terms.length > 0) {
      // Fuse proposes; records in which no word matches a search word are dropped
      // (see search-match.ts). Records holding every word first, then by Fuse's score.
      found = fuse
        .search(terms.join(' '))
        .map((result) => ({ record: result.item, score: result.score ?? 1, covered: coveredTermCount(wordsOf(result.refIndex), terms) }))
        .filter((result) => result.covered > 0)
        .sort((a, b) => b.covered - a.covered || a.score - b.score)
        .map(({ record, covered }) => ({ record, complete: covered === terms.length }));
    } else {
      // No words, but filters: everything they let through, in reading order.
      found = hasFilters(state) && state.query.trim() === '' ? file.records.map((record) => ({ record, complete: true })) : [];
    }
    const shown = found.filter(({ record }) => passesFilters(record, state));
    const groups = KIND_ORDER.map((kind) => {
      const ofKind = shown.filter(({ record }) => record.kind === kind);
      return { kind, records: ofKind.map(({ record }) => record), count: ofKind.length, complete: ofKind.filter(({ complete }) => complete).length };
    }).filter((group) => group.records.length > 0);
    return { terms, groups, total: shown.length, hiddenByFilters: terms.length > 0 ? found.length - shown.length : 0 };
  };
}

/** The first `perGroup` records of each group, counts unchanged: what a list shows. */
export function firstOfEachGroup(outcome: SearchOutcome, perGroup: number): SearchOutcome {
  return { ...outcome, groups: outcome.groups.map((group) => ({ ...group, records: group.records.slice(0, perGroup) })) };
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
