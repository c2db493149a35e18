import { createSearchEngine, firstOfEachGroup, matchingClaimsIn, withExcerpts, type SearchEngine } from '../engine';
import type { SearchIndexFile } from '../search-index';
import { href } from '../../routes';
import type { SearchReply, SearchRequest } from './search-client';

/**
 * Search runs here, off the page's main thread: the index is fetched and parsed, and
 * every query searched, without ever blocking typing or scrolling. Requests that a
 * newer one from the same caller has overtaken while a search ran are answered as
 * superseded, unsearched: only the latest query costs time.
 */

interface WorkerScope {
  postMessage(reply: SearchReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
let engine = startLoading();
const waiting = new Map<string, SearchRequest>();

scope.addEventListener('message', ({ data }) => {
  const overtaken = waiting.get(data.caller);
  if (overtaken) scope.postMessage({ id: overtaken.id, superseded: true });
  waiting.set(data.caller, data);
  // Messages that arrived during a long search are all read before this runs.
  setTimeout(() => void answer(data), 0);
});

async function answer(request: SearchRequest): Promise<void> {
  if (waiting.get(request.caller) !== request) return;
  waiting.delete(request.caller);
  try {
    const outcome = (await engine)(request.state);
    scope.postMessage({
      id: request.id,
      outcome: withExcerpts(firstOfEachGroup(outcome, request.perGroup)),
      claimsInArticle: request.article === undefined ? [] : matchingClaimsIn(outcome, request.article),
    });
  } catch (error) {
    engine = startLoading();
    scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
}

/** Loads at once; a failure is told to the request that meets it, not thrown unhandled. */
function startLoading(): Promise<SearchEngine> {
  const loading = loadEngine();
  loading.catch(() => undefined);
  return loading;
}

async function loadEngine(): Promise<SearchEngine> {
  const response = await fetch(href('/search-index.json'));
  if (!response.ok) throw new Error(`The search index could not be loaded (HTTP ${response.status}).`);
  return createSearchEngine((await response.json()) as SearchIndexFile);
}
