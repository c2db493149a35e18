import { fragmentId } from '../../links/fragment-id';
import { eventAnchor } from '../../routes';
import { attachFind } from './find';
import { ARRIVAL_CLASS, EVERY_ARTICLE, filterQuery, isFiltered, NO_FILTER, readFilter, type FilterVocabulary, type TimelineFilter } from '../filter';

/**
 * The timeline filters by CSS alone (see src/timeline/filter.ts). This keeps
 * the choices in the URL, each change a history entry, so a filtered timeline can
 * be shared and Back and Forward step through the changes; announces how many
 * events are shown; hides eras left empty; keeps the event a #event-… link
 * points at shown, and in view, whatever the filter; names in the overview's
 * marks what came after the article the timeline is seen as of; and runs the
 * find box (find.ts).
 */

/** What marks say after their date and title when the timeline is seen as of an article they came after. */
const AFTER_LABEL = ', after this piece';

/** The filter controls and what they filter, found once. */
class TimelineFilters {
  readonly items = [...document.querySelectorAll<HTMLElement>('.timeline-event')];
  readonly marks = [...document.querySelectorAll<HTMLElement>('.overview-mark')];
  readonly eras = [...document.querySelectorAll<HTMLElement>('.timeline-era')];
  readonly categoryInputs: HTMLInputElement[];
  readonly articleSelect: HTMLSelectElement;
  readonly asOfSelect: HTMLSelectElement;
  readonly findInput: HTMLInputElement;
  readonly kindsChosen: HTMLElement | null;
  readonly known: FilterVocabulary;
  readonly find: (words: string) => void;
  /** Whether the find box has been used: until then, search is not started. */
  private finding = false;

  constructor(
    readonly status: HTMLElement,
    readonly filters: HTMLElement,
  ) {
    this.categoryInputs = [...filters.querySelectorAll<HTMLInputElement>('input[data-facet="category"]')];
    this.articleSelect = filters.querySelector<HTMLSelectElement>('select[data-facet="article"]')!;
    this.asOfSelect = filters.querySelector<HTMLSelectElement>('select[data-facet="as-of"]')!;
    this.findInput = filters.querySelector<HTMLInputElement>('[data-timeline-find]')!;
    this.kindsChosen = filters.querySelector<HTMLElement>('[data-kinds-chosen]');
    this.known = {
      categories: this.categoryInputs.map((input) => input.value),
      articles: [...this.articleSelect.options].map((option) => option.value).filter((value) => value !== '' && value !== EVERY_ARTICLE),
    };
    for (const mark of this.marks) mark.dataset.label = mark.getAttribute('aria-label') ?? '';
    this.find = attachFind({ shown: [...this.items, ...this.marks], list: status, changed: () => this.report() });
  }

  fromUrl(): TimelineFilter {
    return readFilter(new URLSearchParams(window.location.search), this.known);
  }

  fromForm(): TimelineFilter {
    const optional = (value: string) => (value === '' ? undefined : value);
    return {
      categories: this.categoryInputs.filter((input) => input.checked).map((input) => input.value),
      article: optional(this.articleSelect.value),
      asOf: optional(this.asOfSelect.value),
      find: this.findInput.value.trim(),
    };
  }

  toForm(filter: TimelineFilter): void {
    for (const input of this.categoryInputs) input.checked = filter.categories.includes(input.value);
    this.articleSelect.value = filter.article ?? '';
    this.asOfSelect.value = filter.asOf ?? '';
    if (this.findInput.value.trim() !== filter.find) this.findInput.value = filter.find;
    this.finding ||= filter.find !== '';
    if (this.finding) this.find(filter.find);
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

  /** Hides eras left empty, says how many events are shown, and names what came after the article seen as of. */
  report(): void {
    for (const era of this.eras) era.hidden = false;
    const shown = this.items.filter((item) => item.checkVisibility()).length;
    for (const era of this.eras) era.hidden = ![...era.querySelectorAll<HTMLElement>('.timeline-event')].some((item) => item.checkVisibility());
    const filter = this.fromForm();
    const message = isFiltered(filter) ? `Showing ${shown} of ${this.items.length} events.` : `Showing all ${this.items.length} events.`;
    if (this.status.textContent !== message) this.status.textContent = message;
    for (const mark of this.marks) {
      const after = filter.asOf !== undefined && (mark.dataset.after ?? '').split(' ').includes(filter.asOf);
      mark.setAttribute('aria-label', `${mark.dataset.label}${after ? AFTER_LABEL : ''}`);
    }
    if (this.kindsChosen) this.kindsChosen.textContent = filter.categories.length > 0 ? `(${filter.categories.length})` : '';
  }

  /** The URL for the form's state, the #event- link kept only while its event is shown. */
  private urlForForm(): URL {
    const url = new URL(window.location.href);
    url.search = filterQuery(this.fromForm());
    const target = this.targeted();
    // A new filter applies to the deep-linked event too; the link stays only if the event is still shown.
    target?.classList.remove(ARRIVAL_CLASS);
    if (target && !target.checkVisibility()) url.hash = '';
    return url;
  }

  /** The form changed: a new history entry, and the count. */
  change(): void {
    const url = this.urlForForm();
    if (url.href !== window.location.href) window.history.pushState(null, '', url);
    this.report();
  }

  /** Words typed in the find box: the URL follows without a history entry per key, and the search runs. */
  typed(): void {
    this.finding = true;
    this.find(this.findInput.value);
    const url = this.urlForForm();
    if (url.href !== window.location.href) window.history.replaceState(null, '', url);
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
  const clear = filters?.querySelector<HTMLButtonElement>('[data-clear-filters]');
  if (!filters || !status || !clear) return;
  const timeline = new TimelineFilters(status, filters);
  filters.addEventListener('change', (event) => {
    if (event.target !== timeline.findInput) timeline.change();
  });
  timeline.findInput.addEventListener('input', () => timeline.typed());
  clear.addEventListener('click', () => {
    timeline.toForm({ ...NO_FILTER, asOf: timeline.fromForm().asOf });
    timeline.change();
  });
  window.addEventListener('popstate', () => timeline.arrive());
  window.addEventListener('hashchange', () => timeline.arrive());
  timeline.arrive();
  // Hiding events moved the one the URL points at away from where the browser scrolled to.
  if (isFiltered(timeline.fromUrl())) timeline.targeted()?.querySelector('article')?.scrollIntoView({ behavior: 'instant' });
}
