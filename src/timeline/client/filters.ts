import { fragmentId } from '../../links/fragment-id';
import { eventAnchor } from '../../routes';
import { ARRIVAL_CLASS, EVERY_ARTICLE, filterQuery, isFiltered, readFilter, type FilterVocabulary, type TimelineFilter } from '../filter';

/**
 * The timeline filters by CSS alone (see src/timeline/filter.ts). This keeps
 * the choices in the URL, each change a history entry, so a filtered timeline can
 * be shared and Back and Forward step through the changes; announces how many
 * events are shown; hides eras left empty; and keeps the event a #event-… link
 * points at shown, and in view, whatever the filter.
 */

/** The filter controls and what they filter, found once. */
class TimelineFilters {
  readonly items = [...document.querySelectorAll<HTMLElement>('.timeline-event')];
  readonly eras = [...document.querySelectorAll<HTMLElement>('.timeline-era')];
  readonly categoryInputs: HTMLInputElement[];
  readonly known: FilterVocabulary;

  constructor(
    readonly status: HTMLElement,
    readonly articleSelect: HTMLSelectElement,
    filters: HTMLElement,
  ) {
    this.categoryInputs = [...filters.querySelectorAll<HTMLInputElement>('input[data-facet="category"]')];
    this.known = {
      categories: this.categoryInputs.map((input) => input.value),
      articles: [...articleSelect.options].map((option) => option.value).filter((value) => value !== '' && value !== EVERY_ARTICLE),
    };
  }

  fromUrl(): TimelineFilter {
    return readFilter(new URLSearchParams(window.location.search), this.known);
  }

  fromForm(): TimelineFilter {
    const { value } = this.articleSelect;
    return { categories: this.categoryInputs.filter((input) => input.checked).map((input) => input.value), article: value === '' ? undefined : value };
  }

  toForm(filter: TimelineFilter): void {
    for (const input of this.categoryInputs) input.checked = filter.categories.includes(input.value);
    this.articleSelect.value = filter.article ?? '';
  }

  /** The event the URL's #event-… points at, if it is on this page. */
  targeted(): HTMLElement | undefined {
    const id = fragmentId(window.location.hash);
    return id?.startsWith(eventAnchor('')) ? this.items.find((item) => item.querySelector(`#${CSS.escape(id)}`) !== null) : undefined;
  }

  markArrival(): void {
    const target = this.targeted();
    for (const item of this.items) item.classList.toggle(ARRIVAL_CLASS, item === target);
  }

  /** Hides eras left empty and says how many events are shown. */
  report(): void {
    for (const era of this.eras) era.hidden = false;
    const shown = this.items.filter((item) => item.checkVisibility()).length;
    for (const era of this.eras) era.hidden = ![...era.querySelectorAll<HTMLElement>('.timeline-event')].some((item) => item.checkVisibility());
    const message = isFiltered(this.fromForm()) ? `Showing ${shown} of ${this.items.length} events.` : `Showing all ${this.items.length} events.`;
    if (this.status.textContent !== message) this.status.textContent = message;
  }

  /** The form changed: a new history entry, and the count. */
  change(): void {
    const url = new URL(window.location.href);
    url.search = filterQuery(this.fromForm());
    const target = this.targeted();
    // A new filter applies to the deep-linked event too; the link stays only if the event is still shown.
    target?.classList.remove(ARRIVAL_CLASS);
    if (target && !target.checkVisibility()) url.hash = '';
    if (url.href !== window.location.href) window.history.pushState(null, '', url);
    this.report();
  }

  /** The address changed (or the page opened): show what it holds. */
  arrive(): void {
    this.toForm(this.fromUrl());
    this.markArrival();
    this.report();
  }
}

export function enhanceTimelineFilters(): void {
  const filters = document.querySelector<HTMLElement>('[data-timeline-filters]');
  const status = document.querySelector<HTMLElement>('[data-timeline-status]');
  const articleSelect = filters?.querySelector<HTMLSelectElement>('select[data-facet="article"]');
  const clear = filters?.querySelector<HTMLButtonElement>('[data-clear-filters]');
  if (!filters || !status || !articleSelect || !clear) return;
  const timeline = new TimelineFilters(status, articleSelect, filters);
  filters.addEventListener('change', () => timeline.change());
  clear.addEventListener('click', () => {
    timeline.toForm({ categories: [], article: undefined });
    timeline.change();
  });
  window.addEventListener('popstate', () => timeline.arrive());
  window.addEventListener('hashchange', () => timeline.arrive());
  timeline.arrive();
  // Hiding events moved the one the URL points at away from where the browser scrolled to.
  if (isFiltered(timeline.fromUrl())) timeline.targeted()?.querySelector('article')?.scrollIntoView({ behavior: 'instant' });
}
