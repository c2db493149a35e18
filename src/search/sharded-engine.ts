import Fuse from 'fuse.js';
import { byPhraseThenWords, filteredOnly, firstOfEachGroup, KIND_ORDER, matchingClaimsIn, matchOf, passesFilters, unitWeights, type RecordMatch, type SearchGroup, type SearchOutcome } from './engine';
import { matchesTerm, type TermMatcher } from './match';
import { DOCUMENT_FUSE_OPTIONS, FIELD_NORM_WEIGHT, SEARCH_KEYS } from './options';
import { searchQuery, type SearchQuery } from './query';
import type { SearchRecord } from './records';
import { searchDocument, type SearchDocument } from './search-index';
import { shardsOf, type SearchDictionary, type SearchShard } from './shard-files';
import type { SearchState } from './state';

/**
 * Search over the sharded index (shards.ts): the dictionary says which shards hold a
 * query's words and their typo-near variants; only those are fetched (once: they are
 * kept), and only the records holding a word of the query are ranked. The ranking is
 * the whole-index engine's (engine.ts): the whole phrase, then the words held, then
 * Fuse's score, computed by Fuse over the candidates with the word weights of the
 * whole index, and only for the records that can be among those shown, since the
 * rules before Fuse's score already place the rest below them. Gives the same
 * results as `createSearchEngine` over the whole index (tests/search/sharded-engine).
 */


export type ShardLoader = (shard: number) => Promise<SearchShard>;

export interface ShardedRequest {
  state: SearchState;
  /** How many results of each kind to rank and send back. */
  perGroup: number;
  /** On an article page: also say which of its claims the search matched. */
  article?: string;
  /** Asked once the shards are in: false when a newer query has overtaken this one, which is then dropped. */
  stillWanted?: () => boolean;
  /**
   * Told the results of the first shards, when a query needs more than `FIRST_SHARDS` of them and those
   * found something: shown while the rest load. Ranked as the final answer ranks, over fewer records.
   */
  onFirstResults?: (answer: ShardedAnswer) => void;
}

export interface ShardedAnswer {
  outcome: SearchOutcome;
  claimsInArticle: string[];
  /** Shards that could not be loaded: what they hold is missing from the results. */
  missingShards: number;
}

interface OpenShard {
  start: number;
  records: SearchRecord[];
  documents: SearchDocument[];
  /** Each word, and the shard's records (by place in the shard) holding it. */
  postings: Map<string, number[]>;
}

interface Candidate extends RecordMatch {
  id: number;
  record: SearchRecord;
  document: SearchDocument;
  held: number;
}

export type ShardedSearch = (request: ShardedRequest) => Promise<ShardedAnswer | undefined>;

export function createShardedSearch(dictionary: SearchDictionary, load: ShardLoader): ShardedSearch {
  const opened = new Map<number, Promise<OpenShard>>();
  const open = (shard: number) => {
    let found = opened.get(shard);
    if (!found) {
      found = load(shard).then((file) => openShard(file, shard, dictionary));
      opened.set(shard, found);
      // A shard that failed is fetched again by the next search that needs it.
      found.catch(() => opened.delete(shard));
    }
    return found;
  };
  const variants = typoVariants(Object.keys(dictionary.words));
  const df = new Map(Object.entries(dictionary.words).map(([word, entry]) => [word, entry[0]!]));

  const answerFrom = (settled: readonly PromiseSettledResult<OpenShard>[], query: SearchQuery, { state, perGroup, article }: ShardedRequest): ShardedAnswer => {
    const shards = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const missingShards = settled.length - shards.length;
    if (query.terms.length === 0) {
      const outcome = filteredOnly(
        shards.flatMap((shard) => shard.records),
        query,
        state,
      );
      return { outcome: firstOfEachGroup(outcome, perGroup), claimsInArticle: article === undefined ? [] : matchingClaimsIn(outcome, article), missingShards };
    }
    const candidates = candidatesIn(shards, query, variants.matcher(query), variants);
    const outcome = rankedOutcome(candidates, query, state, perGroup, { df, fieldCount: dictionary.fieldCount });
    return { outcome, claimsInArticle: article === undefined ? [] : claimsMatchedIn(candidates, state, article, query), missingShards };
  };

  return async (request) => {
    const { stillWanted = () => true, onFirstResults } = request;
    const query = searchQuery(request.state.query);
    const wanted = query.terms.length === 0 ? dictionary.shards.map((_, shard) => shard) : shardsFor(query, dictionary, variants);
    // The first few shards first (claims come first), so that something shows before the rest has come.
    const first = await Promise.allSettled(wanted.slice(0, FIRST_SHARDS).map(open));
    if (!stillWanted()) return undefined;
    if (wanted.length > FIRST_SHARDS && onFirstResults) {
      const early = answerFrom(first, query, request);
      if (early.outcome.total > 0) onFirstResults(early);
    }
    const rest = await Promise.allSettled(wanted.slice(FIRST_SHARDS).map(open));
    if (!stillWanted()) return undefined;
    return answerFrom([...first, ...rest], query, request);
  };
}

/** How many shards are fetched before any other: about 50 kB gzip, a few round trips' worth. */
export const FIRST_SHARDS = 4;

function openShard(file: SearchShard, shard: number, dictionary: SearchDictionary): OpenShard {
  const expected = dictionary.shards[shard];
  // A truncated, stale or foreign file is refused whole rather than half used.
  if (file?.version !== dictionary.version || !Array.isArray(file.records) || file.records.length !== expected) {
    throw new Error(`Search shard ${shard} is not the one the dictionary describes.`);
  }
  const documents = file.records.map(searchDocument);
  const postings = new Map<string, number[]>();
  documents.forEach((document, place) => {
    for (const word of new Set(Object.values(document).flat().join(' ').split(' '))) {
      const holding = postings.get(word);
      if (holding) holding.push(place);
      else postings.set(word, [place]);
    }
  });
  return { start: file.start, records: file.records, documents, postings };
}

/** The dictionary's words each query word matches (`matchesTerm`), found once per word and kept. */
function typoVariants(vocabulary: readonly string[]) {
  const found = new Map<string, Set<string>>();
  const of = (term: string) => {
    let words = found.get(term);
    if (!words) {
      words = new Set(vocabulary.filter((word) => matchesTerm(word, term)));
      found.set(term, words);
    }
    return words;
  };
  return {
    of,
    /** `matchesTerm`, answered from the dictionary for the query's words. */
    matcher(query: SearchQuery): TermMatcher {
      const known = new Map([...query.terms, ...query.phrase].map((term) => [term, of(term)]));
      return (word, term) => known.get(term)?.has(word) ?? matchesTerm(word, term);
    },
  };
}

type Variants = ReturnType<typeof typoVariants>;

/** The shards that may hold a record matching the query: any word of a one-word unit, every word of a longer one. */
function shardsFor(query: SearchQuery, dictionary: SearchDictionary, variants: Variants): number[] {
  const wanted = new Set<number>();
  const shardsOfWord = (word: string) => shardsOf(dictionary.words[word] ?? []);
  for (const unit of query.units) {
    const found =
      unit.length === 1
        ? [...variants.of(unit[0]!)].flatMap(shardsOfWord)
        : unit.map((word) => new Set(shardsOfWord(word))).reduce((both, next) => new Set([...both].filter((shard) => next.has(shard))));
    for (const shard of found) wanted.add(shard);
  }
  return [...wanted].sort((a, b) => a - b);
}

/** The records holding some unit of the query, in id order, with how they hold it. */
function candidatesIn(shards: readonly OpenShard[], query: SearchQuery, matcher: TermMatcher, variants: Variants): Candidate[] {
  const matched: Omit<Candidate, 'held'>[] = [];
  // Every record holding the first word of a unit, or a variant of it: `matchOf` then checks the rest.
  const firstWords = [...new Set(query.units.flatMap((unit) => [...variants.of(unit[0]!)]))];
  for (const shard of shards) {
    const places = new Set<number>();
    for (const word of firstWords) for (const place of shard.postings.get(word) ?? []) places.add(place);
    for (const place of [...places].sort((a, b) => a - b)) {
      const document = shard.documents[place]!;
      const match = matchOf(document, query, matcher);
      if (match.units.size > 0) matched.push({ id: shard.start + place, record: shard.records[place]!, document, ...match });
    }
  }
  matched.sort((a, b) => a.id - b.id);
  const heldBy = unitWeights(matched, query);
  return matched.map((candidate) => ({ ...candidate, held: heldBy(candidate) }));
}

interface WholeIndexWeights {
  df: Map<string, number>;
  fieldCount: number;
}

function rankedOutcome(candidates: readonly Candidate[], query: SearchQuery, state: SearchState, perGroup: number, weights: WholeIndexWeights): SearchOutcome {
  const shown = candidates.filter((candidate) => passesFilters(candidate.record, state));
  const byKind = KIND_ORDER.map((kind) => shown.filter((candidate) => candidate.record.kind === kind)).filter((ofKind) => ofKind.length > 0);
  const contenders = byKind.map((ofKind) => contendersIn(ofKind, perGroup));
  const scores = fuseScores(contenders.flat(), query, weights);
  const groups = byKind.map((ofKind, index): SearchGroup => {
    const best = contenders[index]!.filter((candidate) => scores.has(candidate.id))
      .sort((a, b) => byPhraseThenWords(a, b) || scores.get(a.id)! - scores.get(b.id)! || a.id - b.id)
      .slice(0, perGroup);
    const complete = ofKind.filter((candidate) => candidate.units.size === query.units.length).length;
    return { kind: ofKind[0]!.record.kind, records: best.map((candidate) => candidate.record), count: ofKind.length, complete };
  });
  return { terms: query.terms, units: query.units, phrase: query.phrase, groups, total: shown.length, hiddenByFilters: candidates.length - shown.length };
}

/** The records of one kind that can be among the first `perGroup`: all those ranked above the last place by the rules before Fuse's score, and all tied with it. */
function contendersIn(ofKind: readonly Candidate[], perGroup: number): Candidate[] {
  const ordered = [...ofKind].sort((a, b) => byPhraseThenWords(a, b) || a.id - b.id);
  if (ordered.length <= perGroup) return ordered;
  const last = ordered[perGroup - 1]!;
  return ordered.filter((candidate, place) => place < perGroup || byPhraseThenWords(candidate, last) === 0);
}

/** Fuse's score for each record, as Fuse over the whole index would give it: the words weighed by their counts over the whole index. */
function fuseScores(candidates: readonly Candidate[], query: SearchQuery, weights: WholeIndexWeights): Map<number, number> {
  const documents = candidates.map((candidate) => candidate.document);
  const fuse = new Fuse(documents, DOCUMENT_FUSE_OPTIONS, Fuse.createIndex(SEARCH_KEYS, documents, { fieldNormWeight: FIELD_NORM_WEIGHT }));
  // Fuse keeps its word counts here (typed, in its declarations); they are set to the whole index's.
  const inverted = fuse._invertedIndex!;
  inverted.df = weights.df;
  inverted.fieldCount = weights.fieldCount;
  return new Map(fuse.search(query.terms.join(' ')).map((result) => [candidates[result.refIndex]!.id, result.score ?? 1]));
}

/** The claims of one article the search matched: those holding every word, or all when none does, in reading order. */
function claimsMatchedIn(candidates: readonly Candidate[], state: SearchState, article: string, query: SearchQuery): string[] {
  const claims = candidates.filter(({ record }) => record.kind === 'claim' && passesFilters(record, state));
  const complete = claims.filter((candidate) => candidate.units.size === query.units.length);
  return (complete.length > 0 ? complete : claims).filter(({ record }) => record.kind === 'claim' && record.article === article).map(({ record }) => record.id);
}
