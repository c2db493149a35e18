import { excerpt, highlightRanges, hitsIn, holdsPhrase, type Excerpt, type Hit, type Range } from './match';
import { words } from '../text/fold';
import type { QueryUnit, SearchQuery } from './query';
import type { PersonRecord, SearchRecord } from './records';

/**
 * What each result shows, with the matched words marked: a line about it (type,
 * claimant, outlet, verdict; date; …), its title, and a line of text taken from the
 * field and the place that matched: a claim's quote, or its note when only the note
 * holds the words ("in the note: …"); a passage's paragraph; an event's summary; a
 * person's role, and other spellings when only they matched. Made in the worker, so
 * that the page draws it as given and carries no matching code.
 */

const EXCERPT_LENGTH = 180;

export interface ResultExcerpt extends Excerpt {
  /** The words came from the claim's note, not its quote. */
  inNote: boolean;
}

/** Text with the ranges of the words to mark. */
export interface Marked {
  text: string;
  ranges: Range[];
}

export interface ShownResult {
  meta: Marked;
  title?: Marked;
  excerpt: ResultExcerpt;
}

export function shownResult(record: SearchRecord, query: SearchQuery): ShownResult {
  const mark = (text: string): Marked => ({ text, ranges: highlightRanges(text, query.units) });
  const metaLine = (parts: readonly (string | undefined)[]) => mark(parts.filter((part) => part !== undefined).join(' · '));
  switch (record.kind) {
    case 'claim': {
      const inNote = fieldStrength(record.context, query) > fieldStrength(record.quote, query);
      const outlet = record.claimantName.includes(record.outlet) ? undefined : record.outlet;
      return {
        meta: metaLine([record.typeLabel, record.claimantName, outlet, record.verdictLabel]),
        title: mark(record.summary),
        excerpt: { ...placedExcerpt(inNote ? record.context : record.quote, query.units), inNote },
      };
    }
    case 'passage':
      return { meta: metaLine([record.outlet, 'paragraph']), excerpt: { ...placedExcerpt(record.text, query.units), inNote: false } };
    case 'event':
      return { meta: metaLine([record.dateLabel, 'timeline']), title: mark(record.title), excerpt: { ...placedExcerpt(record.summary, query.units), inNote: false } };
    case 'person':
      return {
        meta: metaLine([record.claimCount === 0 ? 'mentioned' : `${record.claimCount} ${record.claimCount === 1 ? 'claim' : 'claims'}`]),
        title: mark(record.name),
        excerpt: { ...mark([record.role, ...matchedAliases(record, query)].join(' · ')), before: false, after: false, inNote: false },
      };
  }
}

/** Other spellings are shown only when they matched and the name did not ("Sergeeva"). */
function matchedAliases({ name, aliases }: PersonRecord, { units }: SearchQuery): string[] {
  if (highlightRanges(name, units).length > 0) return [];
  const matched = aliases.filter((alias) => highlightRanges(alias, units).length > 0);
  return matched.length > 0 ? [`also written ${matched.join(', ')}`] : [];
}

/** How well a text matches: the whole phrase beats any number of separate words. */
function fieldStrength(text: string, query: SearchQuery): number {
  const textWords = words(text);
  if (holdsPhrase(textWords, query.phrase)) return query.units.length + 1;
  return new Set(hitsIn(text, query.units).map((hit) => hit.unit)).size;
}

function placedExcerpt(text: string, units: readonly QueryUnit[]): Excerpt {
  const hits = hitsIn(text, units);
  return excerpt(
    text,
    hits.map((hit) => hit.range),
    EXCERPT_LENGTH,
    densestHit(hits)?.range,
  );
}

/** The hit after which the most different search words follow within an excerpt's reach. */
function densestHit(hits: readonly Hit[]): Hit | undefined {
  let best: Hit | undefined;
  let bestCount = 0;
  for (const [index, hit] of hits.entries()) {
    const reach = hit.range[0] + (EXCERPT_LENGTH * 2) / 3;
    const units = new Set(hits.slice(index).filter((other) => other.range[1] <= reach).map((other) => other.unit));
    if (units.size > bestCount) {
      best = hit;
      bestCount = units.size;
    }
  }
  return best;
}
