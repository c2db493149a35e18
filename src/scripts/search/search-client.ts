import type { SearchOutcome } from '../../lib/search-engine';
import type { SearchState } from '../../lib/search-state';

/**
 * The page's side of the search worker. The worker (with Fuse) and the index are
 * fetched the first time search is used, never with the page. Each caller (the
 * header, the search page) gets answers to its latest request; one that a newer
 * request overtook resolves to `undefined`.
 */

export interface SearchRequest {
  id: number;
  /** Who asks: a newer request from the same caller overtakes an older one. */
  caller: string;
  state: SearchState;
  /** How many results of each kind to send back. */
  perGroup: number;
  /** On an article page: also say which of its claims the search matched. */
  article?: string;
}

export type SearchReply =
  | { id: number; outcome: SearchOutcome; claimsInArticle: string[] }
  | { id: number; superseded: true }
  | { id: number; error: string };

export interface SearchAnswer {
  outcome: SearchOutcome;
  claimsInArticle: string[];
}

interface Waiting {
  resolve(answer: SearchAnswer | undefined): void;
  reject(error: Error): void;
}

let worker: Worker | undefined;
const waiting = new Map<number, Waiting>();
let lastId = 0;

/** Starts the worker, which starts loading the index at once: call it when search is first used. */
export function startSearch(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
  started.addEventListener('message', ({ data }: MessageEvent<SearchReply>) => {
    const caller = waiting.get(data.id);
    waiting.delete(data.id);
    if ('outcome' in data) caller?.resolve({ outcome: data.outcome, claimsInArticle: data.claimsInArticle });
    else if ('superseded' in data) caller?.resolve(undefined);
    else caller?.reject(new Error(data.error));
  });
  // The worker's script could not be loaded or run: fail what waits, and start afresh next time.
  started.addEventListener('error', (event) => {
    event.preventDefault();
    for (const caller of waiting.values()) caller.reject(new Error('Search could not be started.'));
    waiting.clear();
    started.terminate();
    worker = undefined;
  });
  worker = started;
  return started;
}

export function searchInBackground(request: Omit<SearchRequest, 'id'>): Promise<SearchAnswer | undefined> {
  const id = ++lastId;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    startSearch().postMessage({ ...request, id } satisfies SearchRequest);
  });
}
