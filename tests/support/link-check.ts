import type { BuiltPage } from './built-site';
import { elements, idsOf } from './built-site';

/** Attributes that point at something the page needs or offers. */
const LINK_ATTRIBUTES: Record<string, 'href' | 'src'> = { a: 'href', link: 'href', script: 'src', img: 'src', source: 'src' };

/**
 * Every internal link and `#fragment` of a built site that does not resolve. `site`
 * is where the site is deployed, base path included (`https://example.org/reader/`):
 * a link to the same origin outside the base path is broken too.
 */
export function brokenLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>, site: URL): Map<string, string[]> {
  const idsByPath = new Map(pages.map((page) => [page.path, idsOf(page.tree)]));
  const broken = new Map<string, string[]>();
  for (const page of pages) {
    const problems: string[] = [];
    for (const element of elements(page.tree, (candidate) => candidate.tagName in LINK_ATTRIBUTES)) {
      const value = element.properties[LINK_ATTRIBUTES[element.tagName]!];
      if (typeof value !== 'string') continue;
      const url = new URL(value, new URL(page.path.slice(1), site));
      if (url.origin !== site.origin) continue;
      if (!url.pathname.startsWith(site.pathname)) {
        problems.push(`${value} (outside the base path ${site.pathname})`);
        continue;
      }
      const target = `/${url.pathname.slice(site.pathname.length)}`;
      const targetFile = target.endsWith('/') ? `${target}index.html` : target;
      if (!files.has(decodeURIComponent(targetFile))) {
        problems.push(`${value} (no file ${targetFile})`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      // Text fragments (#:~:text=) are for the browser to find, not ids.
      if (fragment === '' || fragment.startsWith(':~:')) continue;
      if (!idsByPath.get(target)?.has(fragment)) problems.push(`${value} (no element with id "${fragment}" on ${target})`);
    }
    broken.set(page.path, problems);
  }
  return broken;
}
