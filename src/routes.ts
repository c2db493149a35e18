/**
 * Every address the site publishes is built here and nowhere else: pages, the
 * anchors within them, share cards, exports and feeds. Paths are site paths
 * ("/articles/x/", without the base path); `href` and `absoluteUrl` add the base.
 * The same module runs in the browser, so it imports nothing of the build but a type.
 */
import type { HeaderPlace } from './content/vocabulary';

/** `#p-<words>` on an article page: a paragraph, named by its own first words (annotate/paragraph-ids.ts). */
export const paragraphAnchor = (words: string) => `p-${words}`;
/** `#claim-<id>` on an article page: a claim's mark, the target of its deep link. */
export const claimAnchor = (claimId: string) => `claim-${claimId}`;
/** `#note-<id>`: a claim's note beside (or after) its passage. */
export const noteAnchor = (claimId: string) => `note-${claimId}`;
/** `#event-<id>` on the timeline. */
export const eventAnchor = (eventId: string) => `event-${eventId}`;
/** `#figure-<id>` on the timeline: a figure series' chart and table. */
export const figureAnchor = (seriesId: string) => `figure-${seriesId}`;
/** `#correction-<id>` on /about/. */
export const correctionAnchor = (correctionId: string) => `correction-${correctionId}`;
/** `#edit-<id>` on an article page: an editorial note in the list of them. */
export const editAnchor = (noteId: string) => `edit-${noteId}`;
/** `#theme-<id>` and `#compare-event-<id>` on /compare/. */
export const themeAnchor = (themeId: string) => `theme-${themeId}`;
export const compareEventAnchor = (eventId: string) => `compare-event-${eventId}`;
/** `#source-<id>` on /about/: a source in the list of every source. */
export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;
/** The id of a line of an article page's header (`article-headline`): what header claims' W3C selectors start from. */
export const headerLineId = (place: HeaderPlace) => `article-${place}`;
/** Where an article page lists the corrections to it and to its claims. */
export const articleCorrectionsId = 'article-corrections';
/** `#claims-in-<article>` on /claims/: one article's claims. */
export const claimGroupAnchor = (articleId: string) => `claims-in-${articleId}`;

export const homePath = '/';
export const articlePath = (articleId: string) => `/articles/${articleId}/`;
/** A place in an article: a paragraph's `p-…` id or a claim's anchor. */
export const articlePlacePath = (articleId: string, anchorId: string) => `${articlePath(articleId)}#${anchorId}`;
/** A claim's passage in its article, where its deep link lands. */
export const passagePath = (claim: { id: string; data: { article: string } }) => articlePlacePath(claim.data.article, claimAnchor(claim.id));
export const claimPath = (claimId: string) => `/claims/${claimId}/`;
/** The claims index, or one article's claims in it. */
export const claimsPath = (articleId?: string) => (articleId === undefined ? '/claims/' : `/claims/#${claimGroupAnchor(articleId)}`);
export const claimFiltersCssPath = '/claims/filters.css';
export const timelinePath = '/timeline/';
export const eventPath = (eventId: string) => `${timelinePath}#${eventAnchor(eventId)}`;
export const figurePath = (seriesId: string) => `${timelinePath}#${figureAnchor(seriesId)}`;
export const timelineFiltersCssPath = '/timeline/filters.css';
/** The timeline's query parameters: the article it is seen as of (`?as-of=<article-id>`) and the words it is narrowed to. */
export const TIMELINE_PARAMS = { asOf: 'as-of', find: 'q' } as const;
/** The timeline as an article's authors knew it, what came after it dimmed and labelled; at one of its events, if given. */
export const timelineAsOfPath = (articleId: string, eventId?: string) =>
  `${timelinePath}?${new URLSearchParams({ [TIMELINE_PARAMS.asOf]: articleId }).toString()}${eventId === undefined ? '' : `#${eventAnchor(eventId)}`}`;
export const comparePath = '/compare/';
export const personAnchor = (personId: string) => `person-${personId}`;
/** Everyone quoted or involved, each with their claims and timeline events: `/people/#person-…`. */
export const personPath = (personId?: string) => (personId === undefined ? '/people/' : `/people/#${personAnchor(personId)}`);

/** The sections of /about/ that other pages link to. */
export type AboutSection = 'sources' | 'corrections';
export const aboutPath = (section?: AboutSection) => (section === undefined ? '/about/' : `/about/#${section}`);
/** The sections of the method page, /about/method/: how claims are chosen, typed, checked, sourced and corrected. */
export type MethodSection = 'claim-types' | 'verdicts' | 'figures' | 'side-details' | 'sources' | 'corrections' | 'responsibility';
export const methodPath = (section?: MethodSection) => (section === undefined ? '/about/method/' : `/about/method/#${section}`);
/** `#verdict-<id>` on the method page: one verdict of the scale, its definition and rule. */
export const verdictAnchor = (verdict: string) => `verdict-${verdict}`;
export const verdictPath = (verdict: string) => `${methodPath()}#${verdictAnchor(verdict)}`;
export const correctionPath = (correctionId: string) => `${aboutPath()}#${correctionAnchor(correctionId)}`;
/** A source's entry in the list of every source on /about/, with where it was found. */
export const sourcePath = (sourceId: string) => `${aboutPath()}#${sourceAnchor(sourceId)}`;

/** The search page's filters, as query parameters, in the order its URL gives them. */
export const SEARCH_FILTERS = ['article', 'type', 'claimant'] as const;

export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** A search, with only the parameters that are set: `/search/?q=…&article=…&type=…&claimant=…`. */
export function searchPath(state: Partial<Record<SearchFilter | 'query', string>> = {}): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const filter of SEARCH_FILTERS) {
    const value = state[filter];
    if (value) params.set(filter, value);
  }
  const query = params.toString();
  return query === '' ? '/search/' : `/search/?${query}`;
}
/** Query parameters renamed since links were first shared: links with the old names still work. */
const FORMER_PARAMS: Readonly<Record<string, string>> = { article: 'piece', verdict: 'assessment' };

/** A query parameter's value, under its name or the name it had before. */
export function queryParam(params: URLSearchParams, name: string): string | null {
  const former = Object.hasOwn(FORMER_PARAMS, name) ? FORMER_PARAMS[name] : undefined;
  return params.get(name) ?? (former === undefined ? null : params.get(former));
}

export const searchIndexPath = '/search-index.json';
/** The sharded index the browser searches (src/search/shards.ts): the dictionary, fetched on first use, and shards on demand. */
export const searchDictionaryPath = '/search-index/dictionary.json';
export const searchShardName = (version: string, shard: number) => `${version}-${shard}`;
export const searchShardPath = (version: string, shard: number) => `/search-index/${searchShardName(version, shard)}.json`;

/** On a search result's link: the words searched for, marked where it lands (src/search/client/searched-words.ts). */
export const SEARCHED_PARAM = 'searched';

/** `path` (which may end in `#anchor`) with the words searched for in `?searched=`. */
export function withSearchedWords(path: string, words: string): string {
  if (words === '') return path;
  const url = new URL(path, 'https://site.invalid');
  url.searchParams.set(SEARCHED_PARAM, words);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Which claims an article page highlights: its `?claims=` parameter, so a shared link
 * shows what its sender saw. Without it, the claims with a verdict.
 */
export const CLAIMS_SHOWN_PARAM = 'claims';
export const CLAIMS_SHOWN = { checked: 'checked', all: 'all', none: 'none' } as const;
export type ClaimsShown = (typeof CLAIMS_SHOWN)[keyof typeof CLAIMS_SHOWN];

/** The choice a `?claims=` value (or a remembered one) names, if it names one. */
export function claimsShownFrom(value: string | null): ClaimsShown | undefined {
  return Object.values(CLAIMS_SHOWN).find((shown) => shown === value);
}

/** The choice an address's `?claims=` parameter makes, if it makes one. */
export const claimsShownIn = (params: URLSearchParams) => claimsShownFrom(params.get(CLAIMS_SHOWN_PARAM));

/** `url` with the `?claims=` parameter for `shown` (none for the default), its other parameters and fragment kept. */
export function withClaimsShown(url: URL, shown: ClaimsShown): URL {
  const result = new URL(url);
  if (shown === CLAIMS_SHOWN.checked) result.searchParams.delete(CLAIMS_SHOWN_PARAM);
  else result.searchParams.set(CLAIMS_SHOWN_PARAM, shown);
  return result;
}

/** The pages that have a share card, by the folder their cards are in. */
export type CardKind = 'articles' | 'claims' | 'pages';
/** A page's share card: `/og/claims/<id>.png`. */
export const shareCardPath = (kind: CardKind, id: string) => `/og/${kind}/${id}.png`;
/** An article's claims as a W3C Web Annotation collection. */
export const annotationsPath = (articleId: string) => `/annotations/${articleId}.jsonld`;
export const feedPath = '/rss.xml';
export const sitemapPath = '/sitemap-index.xml';
export const faviconPath = '/favicon.svg';

/** A site path with the base path the site is served under: what every internal link uses. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}

/** The absolute URL of a site path, for the files that need one (feed, sitemap, annotation export). */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('Set `site` in astro.config.mjs (SITE_URL): absolute URLs need it.');
  return new URL(href(path), site).href;
}

/** Hosts only the machine serving them can reach: an address there is no one else's to open. */
const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/** Where the site is published, when the build was told (SITE_URL) and it is not a loopback address. */
export function publishedSite(site: URL | undefined): URL | undefined {
  return site && !LOOPBACK_HOST.test(site.hostname) ? site : undefined;
}

/**
 * A page's address for the page itself to give (canonical link, JSON-LD): absolute
 * where the site is published; otherwise relative (base path included), which
 * readers resolve against the address they read it at.
 */
export function pageUrl(path: string, site: URL | undefined): string {
  const published = publishedSite(site);
  return published ? new URL(href(path), published).href : href(path);
}

/** A page's site path ("/articles/x/") from its URL path, which includes the base path: the inverse of `href()`. */
export function sitePath(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  if (base === '' || !(pathname === base || pathname.startsWith(`${base}/`))) return pathname;
  return pathname.slice(base.length) || '/';
}
