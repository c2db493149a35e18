import type { APIRoute } from 'astro';
import { buildSearchIndex } from '../search/search-index';
import { siteSearchRecords } from '../search/site-index';

/**
 * Search's records and prebuilt Fuse index in one file: what the whole-index engine
 * (`createSearchEngine`) opens, for tests and tools. The browser searches the
 * sharded index instead (search-index/).
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildSearchIndex(await siteSearchRecords())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
