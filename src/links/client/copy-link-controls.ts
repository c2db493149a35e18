import { markArrival } from './arrival';
import { shareAddress } from './share-address';
import { prepareLinkStatus, shareLink } from './share-link';

/**
 * Copy-link controls. Each paragraph's "¶" (without scripts, a plain link to its
 * paragraph) copies, or on phones shares, the paragraph's address (share-address.ts),
 * puts it in the address bar and marks the paragraph, leaving the focus on the
 * control; buttons marked `data-copy-link` (rendered hidden, as they need this
 * script) copy theirs.
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
      void shareLink({ url: shareAddress(link.hash), what: 'paragraph' });
    });
  }
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener('click', () => void shareLink({ url: shareAddress(button.dataset.copyLink), what: button.dataset.copyWhat ?? 'passage' }));
  }
}
