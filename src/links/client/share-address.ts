import { withPageClaimsShown } from '../../claims/client/claims-shown';

/**
 * The address a link is shared at, so that whoever receives it can open it: the
 * published address when the build knew it (SITE_URL: the page's canonical link is
 * absolute), and otherwise the address of the page being read, its origin and base
 * path (the canonical link is then relative), never the machine the site was built
 * on. `target` is a fragment ("#p-…") or a site address with the base path
 * (`href(…)`); the page's choice of claims goes with it, so it opens as its sender sees it.
 */
export function shareAddress(target = ''): string {
  return withPageClaimsShown(new URL(target, pageAddress()).href);
}

/** This page's address to share, without query or fragment. */
export function pageAddress(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const url = new URL(canonical ?? window.location.href);
  url.search = '';
  url.hash = '';
  return url.href;
}
