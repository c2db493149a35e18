import type { SearchOutcome } from '../engine';
import type { SearchState } from '../state';

/**
 * The page's side of the search worker. The worker (with Fuse) and the index's
 * dictionary are fetched the first time search is used, never with the page. Each caller (the
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
  | { id: number; outcome: SearchOutcome; claimsInArticle: string[]; missingShards: number; more?: true }
  | { id: number; superseded: true }
  | { id: number; error: string };

export interface SearchAnswer {
  outcome: SearchOutcome;
  claimsInArticle: string[];
  /** Parts of the index that could not be loaded (offline, say): the results lack what they hold. */
  missingShards: number;
  /** The results of the first parts of the index: the rest is still loading, and the full answer follows. */
  more?: true;
}

interface Waiting {
  /** An early answer, from the first parts of the index. */
  progress(answer: SearchAnswer): void;
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
    if ('outcome' in data && data.more) {
      caller?.progress(data);
      return;
    }
    waiting.delete(data.id);
    if ('outcome' in data) caller?.resolve(data);
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

function searchInBackground(request: SearchAsked, progress: (answer: SearchAnswer) => void): Promise<SearchAnswer | undefined> {
  const id = ++lastId;
  return new Promise((resolve, reject) => {
    waiting.set(id, { progress, resolve, reject });
    startSearch().postMessage({ ...request, id } satisfies SearchRequest);
  });
}

type SearchAsked = Omit<SearchRequest, 'id'>;

interface ResultsView {
  show(answer: SearchAnswer, asked: SearchAsked): void;
  /** The search could not be loaded. */
  fail(): void;
}

/**
 * The searches behind one results list: only the answer to the latest is shown,
 * and the list says it is busy (`aria-busy`) from the first key until then.
 */
export type LatestResults = ReturnType<typeof latestResults>;

export function latestResults(listbox: HTMLElement, view: ResultsView) {
  let latest = 0;
  const setBusy = (busy: boolean) => listbox.setAttribute('aria-busy', String(busy));
  return {
    /**
     * A search is coming (a key was pressed; the pause after typing has not ended
     * yet): an answer still on its way is for words no longer typed, so it is dropped.
     */
    expect() {
      latest++;
      setBusy(true);
    },
    async run(asked: SearchAsked): Promise<void> {
      const request = ++latest;
      setBusy(true);
      try {
        // Early results show at once; the list stays busy until the full answer replaces them.
        const answer = await searchInBackground(asked, (early) => request === latest && view.show(early, asked));
        if (answer && request === latest) view.show(answer, asked);
      } catch {
        if (request === latest) view.fail();
      } finally {
        if (request === latest) setBusy(false);
      }
    },
    /** Drops whatever is under way: its answer will not be shown. */
    cancel() {
      latest++;
      setBusy(false);
    },
  };
}
