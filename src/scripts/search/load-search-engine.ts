import type { SearchEngine } from '../../lib/search-engine';
import type { SearchIndexFile } from '../../lib/search-index';
import { href } from '../../lib/urls';

let loading: Promise<SearchEngine> | undefined;

/**
 * Fuse, the engine and the index are fetched the first time search is used (focus
 * or typing), never with the page; both downloads run at once. A failed load is
 * forgotten, so the next use tries again.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  loading ??= Promise.all([import('../../lib/search-engine'), fetchIndex()])
    .then(([{ createSearchEngine }, file]) => createSearchEngine(file))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

async function fetchIndex(): Promise<SearchIndexFile> {
  const response = await fetch(href('/search-index.json'));
  if (!response.ok) throw new Error(`The search index could not be loaded (HTTP ${response.status}).`);
  return (await response.json()) as SearchIndexFile;
}
