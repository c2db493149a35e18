import type { SearchRecord } from '../../src/search/records';
import { seededRandom } from './seeded-random';

/**
 * A corpus `times` as large as the real one, made from it: copy 0 is the real
 * corpus; every other copy has its own ids and anchors, and its prose reshuffled
 * (word order rotated, one word in six swapped for another from the corpus), so
 * that word frequencies and match counts grow as they would with more writing
 * rather than with the same writing repeated. Deterministic; kept in memory only.
 */
export function syntheticCorpus(records: readonly SearchRecord[], times: number): SearchRecord[] {
  const random = seededRandom(2024_03_22);
  const vocabulary = [...new Set(records.flatMap((record) => prose(record).flatMap((text) => text.split(/\s+/))))];
  const vary = (text: string) => {
    const words = text.split(/\s+/);
    const shift = Math.floor(random() * words.length);
    return [...words.slice(shift), ...words.slice(0, shift)].map((word) => (random() < 1 / 6 ? vocabulary[Math.floor(random() * vocabulary.length)]! : word)).join(' ');
  };
  const copies: SearchRecord[] = [...records];
  for (let copy = 1; copy < times; copy++) {
    for (const record of records) copies.push(variant(record, `-copy-${copy}`, vary));
  }
  return copies;
}

function prose(record: SearchRecord): string[] {
  switch (record.kind) {
    case 'claim':
      return [record.summary, record.quote];
    case 'passage':
      return [record.text];
    case 'event':
      return [record.title, record.summary];
    case 'person':
      return [record.role];
  }
}

/** Names, labels and dates stay as they are: readers search for them, and they repeat in a larger corpus too. */
function variant(record: SearchRecord, suffix: string, vary: (text: string) => string): SearchRecord {
  const id = `${record.id}${suffix}`;
  const path = `${record.path}${suffix}`;
  switch (record.kind) {
    case 'claim':
      return { ...record, id, path, summary: vary(record.summary), quote: vary(record.quote) };
    case 'passage':
      return { ...record, id, path, text: vary(record.text) };
    case 'event':
      return { ...record, id, path, title: vary(record.title), summary: vary(record.summary) };
    case 'person':
      return { ...record, id, path, role: vary(record.role) };
  }
}
