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

/** On the header's form while it floats (search.css). */
const FLOATING_CLASS = 'is-floating';

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
    const primary = document.querySelector<HTMLInputElement>('input[data-search-primary]');
    if (primary) {
      primary.focus();
      primary.select();
    } else focusWhereTheReaderIs(headerInput);
  });
}

/**
 * Focuses the header's field without moving the page: scrolled out of view, the
 * form floats at the top of the window until the focus leaves it (search.css).
 */
function focusWhereTheReaderIs(input: HTMLInputElement): void {
  const form = input.form!;
  if (form.getBoundingClientRect().bottom < 0) {
    form.classList.add(FLOATING_CLASS);
    const land = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && form.contains(event.relatedTarget)) return;
      form.classList.remove(FLOATING_CLASS);
      form.removeEventListener('focusout', land);
    };
    form.addEventListener('focusout', land);
  }
  input.focus({ preventScroll: true });
  input.select();
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null);
}
