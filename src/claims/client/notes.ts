import { ARRIVAL_EVENT } from '../../links/client/arrival';
import { claimAnchor, noteAnchor } from '../../routes';

/**
 * Claim notes, enhanced. Without this script every note is a footnote after the
 * text, linked both ways. With it: on wide screens the notes sit in the margin
 * beside their passages (pushed down so that none overlaps the next) and a marker
 * expands its note there; on narrow screens a marker opens its note as a sheet at
 * the bottom of the screen. Markers become buttons (Enter and Space), Escape
 * closes, a link arriving at a claim or its note opens the note, and a legend
 * button hides every highlight.
 */

const WIDE_SCREEN = '(min-width: 76rem)';
const GAP_PX = 12;
const HIDDEN_KEY = 'crocus-reader:highlights-hidden';

/** The notes of one article page, and which of them is open. */
class ClaimNotes {
  readonly notes: HTMLElement[];
  readonly wide = window.matchMedia(WIDE_SCREEN);
  /** The note open now: expanded in the margin, or the sheet on a phone. */
  expanded: HTMLElement | undefined;
  /** What opened it, where focus goes back when it is closed. */
  returnFocusTo: HTMLElement | undefined;

  constructor(
    readonly layout: HTMLElement,
    readonly section: HTMLElement,
    /** The whole article: claims may be marked in its header as well as its body. */
    readonly article: HTMLElement,
  ) {
    this.notes = [...section.querySelectorAll<HTMLElement>('.claim-note')];
  }

  noteFor(claimId: string): HTMLElement | undefined {
    return this.notes.find((note) => note.dataset.claim === claimId);
  }

  markersFor(claimId: string): HTMLElement[] {
    return [...this.article.querySelectorAll<HTMLElement>(`.claim-marker[data-claim="${CSS.escape(claimId)}"]`)];
  }

  marksFor(claimId: string): HTMLElement[] {
    return [...this.article.querySelectorAll<HTMLElement>(`mark.claim[data-claim="${CSS.escape(claimId)}"]`)];
  }

  /** Whether `node` is in the open note or on its marker: where Escape and focus belong to the note. */
  holds(node: Node): boolean {
    if (!this.expanded) return false;
    return this.expanded.contains(node) || this.markersFor(this.expanded.dataset.claim!).some((marker) => marker === node || marker.contains(node));
  }

  toggle(claimId: string, opener: HTMLElement): void {
    const note = this.noteFor(claimId);
    if (!note) return;
    if (this.expanded === note) this.collapse({ restoreFocus: false });
    else this.expand(note, opener);
  }

  expand(note: HTMLElement, opener?: HTMLElement): void {
    this.collapse({ restoreFocus: false });
    this.expanded = note;
    this.returnFocusTo = opener;
    note.classList.add('is-expanded');
    for (const marker of this.markersFor(note.dataset.claim!)) marker.setAttribute('aria-expanded', 'true');
    this.place();
    if (opener) note.focus({ preventScroll: true });
    if (!this.wide.matches) this.keepPassageAboveSheet(note);
  }

  collapse({ restoreFocus }: { restoreFocus: boolean }): void {
    if (!this.expanded) return;
    this.expanded.classList.remove('is-expanded');
    for (const marker of this.markersFor(this.expanded.dataset.claim!)) marker.setAttribute('aria-expanded', 'false');
    this.expanded = undefined;
    this.place();
    if (restoreFocus) this.returnFocusTo?.focus();
    this.returnFocusTo = undefined;
  }

  /** In the margin: each note at the height of its passage, or just below the note before it. */
  place(): void {
    this.layout.classList.toggle('notes-in-margin', this.wide.matches);
    if (!this.wide.matches) {
      for (const note of this.notes) note.style.removeProperty('top');
      this.section.style.removeProperty('min-height');
      return;
    }
    const layoutTop = this.layout.getBoundingClientRect().top;
    let nextFree = 0;
    for (const note of this.notes) {
      const mark = document.getElementById(claimAnchor(note.dataset.claim!));
      const passageTop = mark ? mark.getBoundingClientRect().top - layoutTop : nextFree;
      const top = Math.max(passageTop, nextFree);
      note.style.top = `${top}px`;
      nextFree = top + note.offsetHeight + GAP_PX;
    }
    this.section.style.minHeight = `${nextFree}px`;
  }

  /** On a phone, scrolls the passage into the part of the screen the sheet leaves free. */
  keepPassageAboveSheet(note: HTMLElement): void {
    const mark = document.getElementById(claimAnchor(note.dataset.claim!));
    if (!mark) return;
    const passage = mark.getBoundingClientRect();
    const sheetTop = note.getBoundingClientRect().top;
    const margin = 16;
    if (passage.top >= margin && passage.bottom <= sheetTop - margin) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollBy({ top: passage.top - Math.max(margin, (sheetTop - passage.height) / 2), behavior: reduce ? 'auto' : 'smooth' });
  }
}

/** Markers become buttons that open and close their notes. */
function enhanceMarkers(claimNotes: ClaimNotes): void {
  for (const marker of claimNotes.article.querySelectorAll<HTMLElement>('.claim-marker[data-claim]')) {
    const claimId = marker.dataset.claim!;
    marker.setAttribute('role', 'button');
    marker.setAttribute('aria-expanded', 'false');
    marker.setAttribute('aria-controls', noteAnchor(claimId));
    marker.addEventListener('click', (event) => {
      event.preventDefault();
      claimNotes.toggle(claimId, marker);
    });
    marker.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault();
        claimNotes.toggle(claimId, marker);
      }
    });
  }
}

/** Each note gets a close button, and lights up its passage while pointed at (and the reverse). */
function enhanceNotes(claimNotes: ClaimNotes): void {
  for (const note of claimNotes.notes) {
    const claimId = note.dataset.claim!;
    note.tabIndex = -1;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'claim-note__close';
    close.setAttribute('aria-label', 'Close note');
    close.addEventListener('click', () => claimNotes.collapse({ restoreFocus: true }));
    note.prepend(close);
    const setActive = (active: boolean) => {
      for (const mark of claimNotes.marksFor(claimId)) mark.classList.toggle('is-active', active);
      note.classList.toggle('is-active', active);
    };
    for (const element of [note, ...claimNotes.markersFor(claimId), ...claimNotes.marksFor(claimId)]) {
      element.addEventListener('mouseenter', () => setActive(true));
      element.addEventListener('mouseleave', () => setActive(false));
    }
    // A collapsed margin note is small; clicking it is a natural way to open it.
    note.addEventListener('click', () => {
      if (claimNotes.wide.matches && claimNotes.expanded !== note) claimNotes.expand(note, claimNotes.markersFor(claimId)[0]);
    });
  }
}

/**
 * When the open note closes without being asked to: Escape closes it when the
 * reader is in it or on its marker, or (on a phone) whenever its sheet covers the
 * page, but never when something else took the key. On a phone, leaving the
 * sheet closes it, so that nothing focused is ever hidden behind it: a tap
 * elsewhere (a click; a swipe to scroll is not one), or focus moving on to
 * something outside it. Focus lost to nothing (the window blurred by a share
 * sheet, a tap on plain text) does not count.
 */
function closeWhenLeft(claimNotes: ClaimNotes): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !claimNotes.expanded || event.defaultPrevented) return;
    const focused = document.activeElement;
    if (claimNotes.wide.matches && !(focused instanceof Node && claimNotes.holds(focused))) return;
    event.preventDefault();
    claimNotes.collapse({ restoreFocus: true });
  });
  document.addEventListener('click', (event) => {
    if (claimNotes.wide.matches || !(event.target instanceof Node) || claimNotes.holds(event.target)) return;
    claimNotes.collapse({ restoreFocus: false });
  });
  claimNotes.section.addEventListener('focusout', (event) => {
    const { expanded } = claimNotes;
    if (claimNotes.wide.matches || !expanded || !(event.target instanceof Node) || !expanded.contains(event.target)) return;
    const next = event.relatedTarget;
    if (!(next instanceof Node) || claimNotes.holds(next)) return;
    claimNotes.collapse({ restoreFocus: false });
  });
}

export function enhanceClaimNotes(): void {
  const layout = document.querySelector<HTMLElement>('.article-layout');
  const section = layout?.querySelector<HTMLElement>('.claim-notes');
  if (!layout || !section) return;
  const claimNotes = new ClaimNotes(layout, section, layout.closest<HTMLElement>('article') ?? layout);
  enhanceMarkers(claimNotes);
  enhanceNotes(claimNotes);
  closeWhenLeft(claimNotes);
  // The claim's mark and its note both carry data-claim.
  claimNotes.article.addEventListener(ARRIVAL_EVENT, (event) => {
    const claimId = event.target instanceof HTMLElement ? event.target.dataset.claim : undefined;
    const note = claimId === undefined ? undefined : claimNotes.noteFor(claimId);
    if (note && note !== claimNotes.expanded) claimNotes.expand(note);
  });
  setUpHighlightToggle();
  const place = () => claimNotes.place();
  place();
  claimNotes.wide.addEventListener('change', place);
  new ResizeObserver(place).observe(layout);
  void document.fonts.ready.then(place);
}

function setUpHighlightToggle() {
  const button = document.querySelector<HTMLButtonElement>('.claim-legend__toggle');
  if (!button) return;
  const apply = (hidden: boolean) => {
    document.documentElement.classList.toggle('highlights-hidden', hidden);
    button.setAttribute('aria-pressed', String(hidden));
  };
  apply(readPreference() === 'true');
  button.addEventListener('click', () => {
    const hidden = button.getAttribute('aria-pressed') !== 'true';
    apply(hidden);
    writePreference(String(hidden));
  });
}

/** Storage can be switched off or full; the toggle still works for the page. */
function readPreference(): string | null {
  try {
    return localStorage.getItem(HIDDEN_KEY);
  } catch {
    return null;
  }
}

function writePreference(value: string): void {
  try {
    localStorage.setItem(HIDDEN_KEY, value);
  } catch {
    // Not remembered; nothing else depends on it.
  }
}
