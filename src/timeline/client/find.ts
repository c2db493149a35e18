import type { SearchReply, SearchRequest } from '../../search/client/search-client';
import { debounce } from '../../search/client/debounce';
import { EMPTY_SEARCH } from '../../search/state';

/**
 * The timeline's find box: the site's own search worker (its index and matching
 * rules, src/search/), started the first time words are typed (or a shared `?q=`
 * asks), finds the events, and the cards and marks it did not find are hidden.
 * Only the answer to the latest words is shown. The timeline starts its own
 * worker rather than importing search's client code, so the chunks the search
 * page and the header load are exactly as they were; the worker script and the
 * index are the same files, cached once.
 */

/** The class of a card or mark the search did not find. */
const UNFOUND_CLASS = 'is-unfound';

/** After this pause in typing, the words are searched for. */
const TYPING_PAUSE_MS = 120;

export interface FindView {
  /** The cards and the marks, each with `data-event`. */
  shown: HTMLElement[];
  /** What the answers change: busy (`aria-busy`) while a search runs. */
  list: HTMLElement;
  /** The events shown changed. */
  changed(): void;
}

export function attachFind(view: FindView): (words: string) => void {
  const perGroup = new Set(view.shown.map((element) => element.dataset.event)).size;
  let worker: Worker | undefined;
  let latest = 0;

  const apply = (found: ReadonlySet<string> | undefined) => {
    view.list.setAttribute('aria-busy', 'false');
    for (const element of view.shown) element.classList.toggle(UNFOUND_CLASS, found !== undefined && !found.has(element.dataset.event ?? ''));
    view.changed();
  };
  const answered = (reply: SearchReply) => {
    // An early answer from the first shards holds claims first, seldom events: only the whole answer narrows.
    if (reply.id !== latest || 'superseded' in reply || ('more' in reply && reply.more)) return;
    // Search failed, or found no words to look for (only punctuation, say): nothing is narrowed.
    if ('error' in reply || reply.outcome.terms.length === 0) return apply(undefined);
    const events = reply.outcome.groups.find((group) => group.kind === 'event')?.records ?? [];
    apply(new Set(events.map((record) => record.id)));
  };
  const start = () => {
    const started = new Worker(new URL('../../search/client/search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
    started.addEventListener('message', ({ data }: MessageEvent<SearchReply>) => answered(data));
    // The worker could not be loaded (offline, say): everything stays shown, and the next words try again.
    started.addEventListener('error', (event) => {
      event.preventDefault();
      started.terminate();
      worker = undefined;
      apply(undefined);
    });
    return started;
  };
  const search = (words: string) => {
    worker ??= start();
    worker.postMessage({ id: ++latest, caller: 'timeline', state: { ...EMPTY_SEARCH, query: words }, perGroup } satisfies SearchRequest);
  };
  const searchSoon = debounce(search, TYPING_PAUSE_MS);
  return (words) => {
    view.list.setAttribute('aria-busy', 'true');
    searchSoon(words);
  };
}
