import Fuse, { type FuseIndex } from 'fuse.js';
import { words } from '../text/fold';
import { FIELD_NORM_WEIGHT, FUSE_OPTIONS, SEARCH_KEYS } from './options';
import type { SearchRecord } from './records';

/**
 * The searchable text of a record, in the fields of `SEARCH_KEYS`, folded once
 * when the index is built: lower-case words of letters and digits, without accents
 * or typographic punctuation, exactly as `searchTerms` folds a query.
 */
export interface SearchDocument {
  heading?: string;
  quote?: string;
  names?: string[];
  detail?: string;
  text?: string;
  labels?: string[];
}

const foldForSearch = (text: string): string => words(text).join(' ');

export function searchDocument(record: SearchRecord): SearchDocument {
  switch (record.kind) {
    case 'claim':
      return {
        heading: foldForSearch(record.summary),
        quote: foldForSearch(record.quote),
        names: [record.claimantName, ...record.claimantAliases].map(foldForSearch),
        text: foldForSearch(record.context),
        labels: [record.typeLabel, record.verdictLabel, record.outlet].filter((label) => label !== undefined).map(foldForSearch),
      };
    case 'passage':
      return { text: foldForSearch(record.text) };
    case 'event':
      return { heading: foldForSearch(record.title), detail: foldForSearch(record.summary), labels: [foldForSearch(record.dateLabel)] };
    case 'person':
      return { heading: foldForSearch(record.name), names: record.aliases.map(foldForSearch), detail: foldForSearch(record.role) };
  }
}

type SerialisedIndex = ReturnType<FuseIndex<SearchDocument>['toJSON']>;

/** `/search-index.json`: the records results show, and Fuse's index of their folded text. */
export interface SearchIndexFile {
  records: SearchRecord[];
  index: SerialisedIndex;
}

export function buildSearchIndex(records: SearchRecord[]): SearchIndexFile {
  return { records, index: Fuse.createIndex(SEARCH_KEYS, records.map(searchDocument), { fieldNormWeight: FIELD_NORM_WEIGHT }).toJSON() };
}

/** Fuse over a parsed index file: no text is folded or indexed again in the browser. */
export function openSearchIndex(file: SearchIndexFile): Fuse<SearchRecord> {
  return new Fuse(file.records, FUSE_OPTIONS, Fuse.parseIndex<SearchRecord>(file.index));
}
