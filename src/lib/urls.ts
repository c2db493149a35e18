/**
 * Every internal link goes through here, so the site works under any base path.
 * `path` is site-relative and starts with "/".
 */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}

/** The absolute URL of a site path, for canonical links, sharing and exports. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('Set `site` in astro.config.mjs (SITE_URL): absolute URLs need it.');
  return new URL(href(path), site).href;
}

/** A page's site path ("/articles/x/") from its URL path, which includes the base path: the inverse of `href()`. */
export function sitePath(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  if (base === '' || !(pathname === base || pathname.startsWith(`${base}/`))) return pathname;
  return pathname.slice(base.length) || '/';
}
