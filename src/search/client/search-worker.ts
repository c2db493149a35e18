import { withShownText } from '../engine';
import { createShardedSearch, type ShardedSearch } from '../sharded-engine';
import type { SearchDictionary, SearchShard } from '../shard-files';
import { href, searchDictionaryPath, searchShardPath } from '../../routes';
import type { SearchReply, SearchRequest } from './search-client';

/**
 * Search runs here, off the page's main thread, and stays for the page's life: the
 * dictionary is fetched once, shards as queries need them (and kept), without ever
 * blocking typing or scrolling. Requests that a newer one from the same caller has
 * overtaken are answered as superseded: unsearched if they were still waiting, and
 * dropped before ranking if they were waiting for shards.
 */

interface WorkerScope {
  postMessage(reply: SearchReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
let search = startLoading();
const waiting = new Map<string, SearchRequest>();
/** Each caller's latest request: any other is no longer wanted. */
const latest = new Map<string, number>();

scope.addEventListener('message', ({ data }) => {
  const overtaken = waiting.get(data.caller);
  if (overtaken) scope.postMessage({ id: overtaken.id, superseded: true });
  waiting.set(data.caller, data);
  latest.set(data.caller, data.id);
  // Messages that arrived during a long search are all read before this runs.
  setTimeout(() => void answer(data), 0);
});

async function answer(request: SearchRequest): Promise<void> {
  if (waiting.get(request.caller) !== request) return;
  waiting.delete(request.caller);
  try {
    const found = await (
      await search
    )({
      state: request.state,
      perGroup: request.perGroup,
      ...(request.article !== undefined && { article: request.article }),
      stillWanted: () => latest.get(request.caller) === request.id,
      onFirstResults: (early) =>
        scope.postMessage({ id: request.id, outcome: withShownText(early.outcome), claimsInArticle: early.claimsInArticle, missingShards: early.missingShards, more: true }),
    });
    if (!found) {
      scope.postMessage({ id: request.id, superseded: true });
      return;
    }
    scope.postMessage({ id: request.id, outcome: withShownText(found.outcome), claimsInArticle: found.claimsInArticle, missingShards: found.missingShards });
  } catch (error) {
    search = startLoading();
    scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
}

/** Loads at once; a failure is told to the request that meets it, not thrown unhandled. */
function startLoading(): Promise<ShardedSearch> {
  const loading = loadSearch();
  loading.catch(() => undefined);
  return loading;
}

async function fetchJson<Shape>(path: string, what: string): Promise<Shape> {
  const response = await fetch(href(path));
  if (!response.ok) throw new Error(`${what} could not be loaded (HTTP ${response.status}).`);
  return (await response.json()) as Shape;
}

async function loadSearch(): Promise<ShardedSearch> {
  const dictionary = await fetchJson<SearchDictionary>(searchDictionaryPath, 'The search dictionary');
  return createShardedSearch(dictionary, (shard) => fetchJson<SearchShard>(searchShardPath(dictionary.version, shard), `Search shard ${shard}`));
}
