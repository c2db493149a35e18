/**
 * The search field in the header, enhanced: `/` and Ctrl/Cmd+K reach it from
 * anywhere, and its first focus or keystroke loads the results as you type
 * (site-search-results.ts), so pages carry only this much search code until a
 * reader searches. Without JavaScript it is a plain form that goes to `/search/?q=…`.
 */
export function enhanceSiteSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-site-search]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !input) return;
  let loading: Promise<void> | undefined;
  const load = () => {
    loading ??= import('./site-search-results').then(
      ({ attachSiteSearch }) => {
        attachSiteSearch(form, input);
        input.removeEventListener('focus', load);
        input.removeEventListener('input', load);
      },
      // Offline, say: the form still goes to /search/, and the next focus tries again.
      () => {
        loading = undefined;
      },
    );
  };
  input.addEventListener('focus', load);
  input.addEventListener('input', load);
  setUpShortcuts(input);
}

/**
 * `/` (when not typing elsewhere) and Ctrl+K or Cmd+K focus the page's main search
 * field: the one on the search page, the header's everywhere else.
 */
function setUpShortcuts(headerInput: HTMLInputElement): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.isComposing) return;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isEditable(event.target);
    if (!commandK && !slash) return;
    event.preventDefault();
    const field = document.querySelector<HTMLInputElement>('input[data-search-primary]') ?? headerInput;
    field.focus();
    field.select();
  });
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null);
}
