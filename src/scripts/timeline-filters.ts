import { EVERY_PIECE, filterQuery, isFiltered, readFilter, showsEvent, type FilterableEvent, type FilterVocabulary, type TimelineFilter } from '../lib/timeline-filter';

/**
 * The timeline's filters, in the page. Without this script every event is
 * listed and the form stays hidden. With it, the form filters the list in
 * place; each change is a history entry whose query says what is shown
 * (`?category=…&piece=…`), so a filtered timeline can be shared, and Back and
 * Forward step through the changes. The number of events shown is announced.
 * An event the URL's #event-… points at is always shown.
 */
export function enhanceTimelineFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-timeline-filters]');
  const status = document.querySelector<HTMLElement>('[data-timeline-status]');
  if (!form || !status) return;

  const items = [...document.querySelectorAll<HTMLElement>('.timeline-event')];
  const eras = [...document.querySelectorAll<HTMLElement>('.timeline-era')];
  const categoryInputs = [...form.querySelectorAll<HTMLInputElement>('input[name="category"]')];
  const pieceSelect = form.querySelector<HTMLSelectElement>('select[name="piece"]');
  if (!pieceSelect) return;
  const known: FilterVocabulary = {
    categories: categoryInputs.map((input) => input.value),
    pieces: [...pieceSelect.options].map((option) => option.value).filter((value) => value !== '' && value !== EVERY_PIECE),
  };
  const describe = (item: HTMLElement): FilterableEvent => ({
    category: item.dataset.category ?? '',
    pieces: (item.dataset.pieces ?? '').split(' ').filter(Boolean),
  });

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
    let id: string;
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch {
      return undefined;
    }
    if (!id.startsWith('event-')) return undefined;
    return items.find((item) => item.querySelector(`#${CSS.escape(id)}`) !== null);
  };

  const show = (filter: TimelineFilter) => {
    const target = targeted();
    let shown = 0;
    for (const item of items) {
      item.hidden = item !== target && !showsEvent(filter, describe(item), known);
      if (!item.hidden) shown += 1;
    }
    for (const era of eras) era.hidden = era.querySelector('.timeline-event:not([hidden])') === null;
    const message = isFiltered(filter) ? `Showing ${shown} of ${items.length} events.` : `Showing all ${items.length} events.`;
    if (status.textContent !== message) status.textContent = message;
  };

  const change = (filter: TimelineFilter) => {
    const url = new URL(window.location.href);
    url.search = filterQuery(filter);
    const target = targeted();
    // A deep link stays in the URL only while the event it points at is among those shown.
    if (target && !showsEvent(filter, describe(target), known)) url.hash = '';
    if (url.href !== window.location.href) window.history.pushState(null, '', url);
    toForm(filter);
    show(filter);
  };

  form.addEventListener('change', () => change(fromForm()));
  form.addEventListener('submit', (event) => event.preventDefault());
  form.querySelector('[data-clear-filters]')?.addEventListener('click', () => change({ categories: [], piece: undefined }));
  window.addEventListener('popstate', () => {
    toForm(fromUrl());
    show(fromUrl());
  });
  window.addEventListener('hashchange', () => show(fromUrl()));

  const arrival = fromUrl();
  toForm(arrival);
  show(arrival);
  form.hidden = false;
  // Hiding events moved the one the URL points at away from where the browser scrolled to.
  if (isFiltered(arrival)) targeted()?.querySelector('article')?.scrollIntoView({ behavior: 'instant' });
}
