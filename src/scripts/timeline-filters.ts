import { fragmentId } from '../lib/fragment-id';
import { ARRIVAL_CLASS, EVERY_PIECE, filterQuery, isFiltered, readFilter, type FilterVocabulary, type TimelineFilter } from '../lib/timeline-filter';

/**
 * The timeline filters by CSS alone (see src/lib/timeline-filter.ts). This keeps
 * the choices in the URL, each change a history entry, so a filtered timeline can
 * be shared and Back and Forward step through the changes; announces how many
 * events are shown; hides eras left empty; and keeps the event a #event-… link
 * points at shown, and in view, whatever the filter.
 */
export function enhanceTimelineFilters(): void {
  const filters = document.querySelector<HTMLElement>('[data-timeline-filters]');
  const status = document.querySelector<HTMLElement>('[data-timeline-status]');
  const pieceSelect = filters?.querySelector<HTMLSelectElement>('select[data-facet="piece"]');
  const clear = filters?.querySelector<HTMLButtonElement>('[data-clear-filters]');
  if (!filters || !status || !pieceSelect || !clear) return;

  const items = [...document.querySelectorAll<HTMLElement>('.timeline-event')];
  const eras = [...document.querySelectorAll<HTMLElement>('.timeline-era')];
  const categoryInputs = [...filters.querySelectorAll<HTMLInputElement>('input[data-facet="category"]')];
  const known: FilterVocabulary = {
    categories: categoryInputs.map((input) => input.value),
    pieces: [...pieceSelect.options].map((option) => option.value).filter((value) => value !== '' && value !== EVERY_PIECE),
  };

  const fromUrl = () => readFilter(new URLSearchParams(window.location.search), known);
  const fromForm = (): TimelineFilter => ({
    categories: categoryInputs.filter((input) => input.checked).map((input) => input.value),
    piece: pieceSelect.value === '' ? undefined : pieceSelect.value,
  });
  const toForm = (filter: TimelineFilter) => {
    for (const input of categoryInputs) input.checked = filter.categories.includes(input.value);
    pieceSelect.value = filter.piece ?? '';
  };

  const targeted = (): HTMLElement | undefined => {
    const id = fragmentId(window.location.hash);
    return id?.startsWith('event-') ? items.find((item) => item.querySelector(`#${CSS.escape(id)}`) !== null) : undefined;
  };
  const markArrival = () => {
    const target = targeted();
    for (const item of items) item.classList.toggle(ARRIVAL_CLASS, item === target);
  };

  const report = () => {
    for (const era of eras) era.hidden = false;
    const shown = items.filter((item) => item.checkVisibility()).length;
    for (const era of eras) era.hidden = ![...era.querySelectorAll<HTMLElement>('.timeline-event')].some((item) => item.checkVisibility());
    const message = isFiltered(fromForm()) ? `Showing ${shown} of ${items.length} events.` : `Showing all ${items.length} events.`;
    if (status.textContent !== message) status.textContent = message;
  };

  const change = () => {
    const url = new URL(window.location.href);
    url.search = filterQuery(fromForm());
    const target = targeted();
    // A new filter applies to the deep-linked event too; the link stays only if the event is still shown.
    target?.classList.remove(ARRIVAL_CLASS);
    if (target && !target.checkVisibility()) url.hash = '';
    if (url.href !== window.location.href) window.history.pushState(null, '', url);
    report();
  };
  filters.addEventListener('change', change);
  clear.addEventListener('click', () => {
    toForm({ categories: [], piece: undefined });
    change();
  });
  const arrive = () => {
    toForm(fromUrl());
    markArrival();
    report();
  };
  window.addEventListener('popstate', arrive);
  window.addEventListener('hashchange', arrive);

  arrive();
  // Hiding events moved the one the URL points at away from where the browser scrolled to.
  if (isFiltered(fromUrl())) targeted()?.querySelector('article')?.scrollIntoView({ behavior: 'instant' });
}
