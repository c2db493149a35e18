/**
 * Shares or copies a link and says so politely. On phones with the Web Share API
 * the system share sheet opens; elsewhere the link goes to the clipboard, and where
 * the Clipboard API is missing or refused, the link is shown selected, ready to copy
 * by hand.
 */

export interface LinkToShare {
  url: string;
  /** What the link is to, for messages: "paragraph", "claim", "passage". */
  what: string;
}

/** How long a confirmation stays on screen. */
const CONFIRMATION_MS = 4000;

let region: HTMLElement | undefined;
let clearTimer: number | undefined;

/**
 * Creates the status region while the page loads: screen readers announce changes
 * to a live region that already exists, not one that appears with its message.
 */
export function prepareLinkStatus(): void {
  if (region) return;
  region = document.createElement('div');
  region.className = 'link-status';
  region.setAttribute('role', 'status');
  document.body.append(region);
}

export async function shareLink({ url, what }: LinkToShare): Promise<void> {
  if (typeof navigator.share === 'function' && window.matchMedia('(pointer: coarse)').matches) {
    try {
      await navigator.share({ title: document.title, url });
      return;
    } catch (error) {
      // The reader closed the share sheet: nothing more to do.
      if (error instanceof DOMException && error.name === 'AbortError') return;
    }
  }
  if (await copied(url)) say(`Link to this ${what} copied.`);
  else offerToCopy(url, what);
}

async function copied(text: string): Promise<boolean> {
  if (typeof navigator.clipboard?.writeText !== 'function') return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function say(message: string): void {
  prepareLinkStatus();
  window.clearTimeout(clearTimer);
  const text = document.createElement('p');
  text.textContent = message;
  region!.replaceChildren(text);
  clearTimer = window.setTimeout(() => region!.replaceChildren(), CONFIRMATION_MS);
}

/** Without a clipboard: the link in a field, selected, for the reader to copy. */
function offerToCopy(url: string, what: string): void {
  prepareLinkStatus();
  window.clearTimeout(clearTimer);
  const label = document.createElement('label');
  label.textContent = `Copy the link to this ${what}:`;
  const field = document.createElement('input');
  field.type = 'text';
  field.readOnly = true;
  field.value = url;
  label.append(field);
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Done';
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const finish = () => {
    region!.replaceChildren();
    opener?.focus();
  };
  close.addEventListener('click', finish);
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') finish();
  });
  region!.replaceChildren(label, close);
  field.focus();
  field.select();
}
