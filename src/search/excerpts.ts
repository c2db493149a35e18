import { excerpt, hitsIn, holdsPhrase, type Excerpt, type Hit } from './match';
import { words } from '../text/fold';
import type { QueryUnit, SearchQuery } from './query';
import type { SearchRecord } from './records';

/**
 * The line of text each result shows under its title, taken from the field and the
 * place that matched, with the matched words marked: a claim's quote, or its note
 * when only the note holds the words ("in the note: …"); a passage's paragraph; an
 * event's summary. Made in the worker, so that the page draws it as given.
 */

const EXCERPT_LENGTH = 180;

export interface ResultExcerpt extends Excerpt {
  /** The words came from the claim's note, not its quote. */
  inNote: boolean;
}

export function resultExcerpt(record: SearchRecord, query: SearchQuery): ResultExcerpt | undefined {
  switch (record.kind) {
    case 'claim': {
      const inNote = fieldStrength(record.context, query) > fieldStrength(record.quote, query);
      return { ...placedExcerpt(inNote ? record.context : record.quote, query.units), inNote };
    }
    case 'passage':
      return { ...placedExcerpt(record.text, query.units), inNote: false };
    case 'event':
      return { ...placedExcerpt(record.summary, query.units), inNote: false };
    case 'person':
      return undefined;
  }
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
