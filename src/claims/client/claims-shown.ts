import { CLAIMS_SHOWN, claimsShownFrom, claimsShownIn, withClaimsShown, type ClaimsShown } from '../../routes';

/**
 * Which claims the article highlights: those with a verdict (the default), every
 * claim, or none. The reader's choice is remembered, and kept in the address
 * (`?claims=`), so a link copied from the address bar or a copy-link control shows
 * the recipient what its sender saw; an address that says which wins over what was
 * remembered. The choice is `data-claims-shown` on the root, which claims.css reads.
 */

const STORAGE_KEY = 'crocus-reader:claims-shown';

/** What the page highlights now. */
export function claimsShown(): ClaimsShown {
  return claimsShownFrom(document.documentElement.dataset.claimsShown ?? null) ?? CLAIMS_SHOWN.checked;
}

/** A link to share: `url` with the page's choice of claims, so it opens as the sender sees it. */
export function withPageClaimsShown(url: string): string {
  return withClaimsShown(new URL(url), claimsShown()).href;
}

/** Sets up the choice; `changed` runs after each change (the margin notes move). */
export function startClaimsShown(changed: () => void): void {
  const options = [...document.querySelectorAll<HTMLInputElement>('input[name="claims-shown"]')];
  if (options.length === 0) return;
  const show = (shown: ClaimsShown) => {
    document.documentElement.dataset.claimsShown = shown;
    for (const option of options) option.checked = option.value === shown;
    const address = withClaimsShown(new URL(window.location.href), shown);
    if (address.href !== window.location.href) history.replaceState(history.state, '', address.href);
    changed();
  };
  show(claimsShownIn(new URLSearchParams(window.location.search)) ?? remembered() ?? CLAIMS_SHOWN.checked);
  for (const option of options) {
    option.addEventListener('change', () => {
      const shown = claimsShownFrom(option.value) ?? CLAIMS_SHOWN.checked;
      show(shown);
      remember(shown);
    });
  }
}

/** Storage can be switched off or full; the choice still works for the page. */
function remembered(): ClaimsShown | undefined {
  try {
    return claimsShownFrom(localStorage.getItem(STORAGE_KEY));
  } catch {
    return undefined;
  }
}

function remember(shown: ClaimsShown): void {
  try {
    localStorage.setItem(STORAGE_KEY, shown);
  } catch {
    // Not remembered; nothing else depends on it.
  }
}
