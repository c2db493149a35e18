import { markArrival } from './arrival';
import { prepareLinkStatus, shareLink } from './share-link';

/**
 * Copy-link controls. Each paragraph's "¶" (without scripts, a plain link to its
 * paragraph) copies, or on phones shares, the paragraph's absolute address, puts
 * it in the address bar and marks the paragraph, leaving the focus on the control;
 * buttons marked `data-copy-link` (rendered hidden, as they need this script) copy
 * theirs.
 */
export function startCopyLinkControls(): void {
  const permalinks = document.querySelectorAll<HTMLAnchorElement>('a.paragraph-permalink');
  const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-copy-link]');
  if (permalinks.length === 0 && buttons.length === 0) return;
  prepareLinkStatus();
  for (const link of permalinks) {
    link.setAttribute('aria-label', 'Copy link to this paragraph');
    link.addEventListener('click', (event) => {
      event.preventDefault();
      if (window.location.hash !== link.hash) history.pushState(history.state, '', link.hash);
      if (link.parentElement) markArrival(link.parentElement);
      void shareLink({ url: canonicalUrl(link.hash), what: 'paragraph' });
    });
  }
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener('click', () => void shareLink({ url: button.dataset.copyLink!, what: button.dataset.copyWhat ?? 'passage' }));
  }
}

/**
 * A fragment of this page at its canonical address (SITE_URL and BASE_PATH), so a
 * link copied from a preview or a mirror still points at the published site.
 */
export function canonicalUrl(hash = ''): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const url = new URL(canonical ?? window.location.href);
  if (!canonical) url.search = '';
  url.hash = hash;
  return url.href;
}
