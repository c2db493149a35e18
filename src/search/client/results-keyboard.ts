/**
 * The keyboard for a search field and its results (the ARIA combobox pattern with a
 * listbox): focus stays in the field while Up and Down move through the results
 * (`aria-activedescendant`), and Enter follows the active one. Without an active
 * result Enter submits the form as usual.
 */
export interface ResultsKeyboard {
  /** The results now shown, in order; none is active until an arrow key is pressed. */
  setOptions(options: readonly HTMLAnchorElement[]): void;
}

export function resultsKeyboard(input: HTMLInputElement, { beforeMove }: { beforeMove?: () => void } = {}): ResultsKeyboard {
  let options: readonly HTMLAnchorElement[] = [];
  let active = -1;

  const activate = (index: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (!option) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  };

  input.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      beforeMove?.();
      if (options.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      activate(active === -1 && step === -1 ? options.length - 1 : (active + step + options.length) % options.length);
    } else if (event.key === 'Enter' && options[active]) {
      event.preventDefault();
      options[active]!.click();
    }
  });

  return {
    setOptions(next) {
      activate(-1);
      options = next;
    },
  };
}
