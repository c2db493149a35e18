import { ARRIVAL_EVENT } from '../../links/client/arrival';
import { claimAnchor, noteAnchor } from '../../routes';
import { startClaimsShown } from './claims-shown';

/**
 * Claim notes, enhanced. Without this script every note is a footnote after the
 * text, linked both ways. With it: on wide screens the notes of the highlighted
 * claims sit in the margin beside their passages (pushed down so that none
 * overlaps the next) and open there; on narrow screens a note opens as a sheet at
 * the bottom of the screen, and the notes are not repeated after the text. A click
 * or tap anywhere on a highlighted passage opens its note, and so does its marker
 * (a button: Enter and Space), the one stop Tab makes for each claim. Tab from an
 * open note goes on to the next claim, Escape closes the note and goes back to its
 * claim, and a link arriving at a claim or its note opens the note, showing the
 * claim even where the reader's choice (claims-shown.ts) hides it.
 */

const WIDE_SCREEN = '(min-width: 76rem)';
const GAP_PX = 12;
/** Room kept between an open margin note and the edges of the window. */
const VIEW_MARGIN_PX = 16;
const REVEALED_CLASS = 'is-revealed';
const FOCUSABLE = 'a[href], button, summary, input, select, textarea, [tabindex="0"]';

const visible = (element: Element) => element.checkVisibility();

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

  /** Whether `node` belongs to the open note: in it, on its marker or in its passage. */
  holds(node: Node): boolean {
    if (!this.expanded) return false;
    const claimId = this.expanded.dataset.claim!;
    return this.expanded.contains(node) || [...this.markersFor(claimId), ...this.marksFor(claimId)].some((part) => part === node || part.contains(node));
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
    this.returnFocusTo = opener ?? this.markersFor(note.dataset.claim!)[0];
    note.classList.add('is-expanded');
    for (const marker of this.markersFor(note.dataset.claim!)) marker.setAttribute('aria-expanded', 'true');
    this.place();
    if (opener) note.focus({ preventScroll: true });
    if (this.wide.matches) this.keepNoteInView(note);
    else this.keepPassageAboveSheet(note);
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

  /** Shows a claim that the reader's choice hides: a link was made to it. */
  reveal(claimId: string): void {
    for (const part of [...this.marksFor(claimId), ...this.markersFor(claimId), this.noteFor(claimId)]) part?.classList.add(REVEALED_CLASS);
    this.place();
  }

  /** The markers a reader can reach now, in reading order. */
  visibleMarkers(): HTMLElement[] {
    return [...this.article.querySelectorAll<HTMLElement>('.claim-marker[data-claim]')].filter((marker) => !this.section.contains(marker) && visible(marker));
  }

  /** In the margin: each shown note at the height of its passage, or just below the note before it. */
  place(): void {
    this.layout.classList.toggle('notes-in-margin', this.wide.matches);
    if (!this.wide.matches) {
      for (const note of this.notes) note.style.removeProperty('top');
      this.section.style.removeProperty('min-height');
      return;
    }
    const layoutTop = this.layout.getBoundingClientRect().top;
    let nextFree = 0;
    for (const note of this.notes.filter(visible)) {
      const mark = document.getElementById(claimAnchor(note.dataset.claim!));
      const passageTop = mark ? mark.getBoundingClientRect().top - layoutTop : nextFree;
      const top = Math.max(passageTop, nextFree);
      note.style.top = `${top}px`;
      nextFree = top + note.offsetHeight + GAP_PX;
    }
    this.section.style.minHeight = `${nextFree}px`;
  }

  /** In the margin, an open note (no taller than the window, claims.css) is scrolled into view whole, its top first. */
  keepNoteInView(note: HTMLElement): void {
    const box = note.getBoundingClientRect();
    const below = box.bottom - (window.innerHeight - VIEW_MARGIN_PX);
    const above = box.top - VIEW_MARGIN_PX;
    const by = above < 0 ? above : Math.min(Math.max(below, 0), above);
    if (by !== 0) window.scrollBy({ top: by, behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  /** On a phone, scrolls the passage into the part of the screen the sheet leaves free. */
  keepPassageAboveSheet(note: HTMLElement): void {
    const mark = document.getElementById(claimAnchor(note.dataset.claim!));
    if (!mark) return;
    const passage = mark.getBoundingClientRect();
    const sheetTop = note.getBoundingClientRect().top;
    if (passage.top >= VIEW_MARGIN_PX && passage.bottom <= sheetTop - VIEW_MARGIN_PX) return;
    window.scrollBy({ top: passage.top - Math.max(VIEW_MARGIN_PX, (sheetTop - passage.height) / 2), behavior: reducedMotion() ? 'auto' : 'smooth' });
  }
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

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

/**
 * A click or tap on a highlighted passage opens its note (the innermost claim's,
 * where claims nest), unless it ends a selection or follows a link in the text.
 */
function enhancePassages(claimNotes: ClaimNotes): void {
  claimNotes.article.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || event.target.closest('a[href]')) return;
    if (!(document.getSelection()?.isCollapsed ?? true)) return;
    const mark = event.target.closest<HTMLElement>('mark.claim[data-claim]');
    const marker = mark && claimNotes.markersFor(mark.dataset.claim!).find(visible);
    if (marker) claimNotes.toggle(mark.dataset.claim!, marker);
  });
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
    close.addEventListener('click', (event) => {
      event.stopPropagation();
      claimNotes.collapse({ restoreFocus: true });
    });
    note.prepend(close);
    const setActive = (active: boolean) => {
      for (const mark of claimNotes.marksFor(claimId)) mark.classList.toggle('is-active', active);
      note.classList.toggle('is-active', active);
    };
    for (const element of [note, ...claimNotes.markersFor(claimId), ...claimNotes.marksFor(claimId)]) {
      element.addEventListener('mouseenter', () => setActive(true));
      element.addEventListener('mouseleave', () => setActive(false));
    }
    // Opening "More" makes an open margin note longer: it is brought into view whole again.
    note.querySelector('details')?.addEventListener('toggle', () => {
      if (claimNotes.wide.matches && claimNotes.expanded === note) {
        claimNotes.place();
        claimNotes.keepNoteInView(note);
      }
    });
    // A collapsed margin note is small; clicking it is a natural way to open it.
    note.addEventListener('click', () => {
      if (claimNotes.wide.matches && claimNotes.expanded !== note) claimNotes.expand(note, claimNotes.markersFor(claimId)[0]);
    });
  }
}

/**
 * The keyboard in an open note: Tab from its claim's marker goes into it, Tab past
 * its last control goes on to the next claim (not to the notes after the text),
 * Shift+Tab before its first goes back to its own claim, and Escape, unless something else took it first (the header's
 * search), closes it and goes back to its claim, wherever the focus is.
 */
function keyboardInNotes(claimNotes: ClaimNotes): void {
  document.addEventListener('keydown', (event) => {
    const { expanded } = claimNotes;
    if (!expanded || event.defaultPrevented) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      claimNotes.collapse({ restoreFocus: true });
      return;
    }
    if (event.key !== 'Tab' || !(document.activeElement instanceof HTMLElement)) return;
    const own = claimNotes.markersFor(expanded.dataset.claim!).find(visible);
    if (document.activeElement === own && !event.shiftKey) {
      event.preventDefault();
      expanded.focus();
      return;
    }
    if (!expanded.contains(document.activeElement)) return;
    const controls = [expanded, ...expanded.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(visible);
    const at = controls.indexOf(document.activeElement);
    if (event.shiftKey && at <= 0 && own) {
      event.preventDefault();
      own.focus();
    } else if (!event.shiftKey && at === controls.length - 1) {
      const markers = claimNotes.visibleMarkers();
      const next = own ? markers[markers.indexOf(own) + 1] : undefined;
      if (!next) return;
      event.preventDefault();
      claimNotes.collapse({ restoreFocus: false });
      next.focus();
    }
  });
}

/**
 * On a phone, leaving the sheet closes it, so that nothing focused is ever hidden
 * behind it: a tap elsewhere (a click; a swipe to scroll is not one), or focus
 * moving on to something outside it. Focus lost to nothing (the window blurred by
 * a share sheet, a tap on plain text) does not count.
 */
function closeSheetWhenLeft(claimNotes: ClaimNotes): void {
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

/** A link arriving at a claim (its mark or its note, both of which carry data-claim) shows it and opens its note. */
function openOnArrival(claimNotes: ClaimNotes): void {
  claimNotes.article.addEventListener(ARRIVAL_EVENT, (event) => {
    const claimId = event.target instanceof HTMLElement ? event.target.dataset.claim : undefined;
    const note = claimId === undefined ? undefined : claimNotes.noteFor(claimId);
    if (!note || note === claimNotes.expanded) return;
    if (!claimNotes.markersFor(claimId!).some(visible)) claimNotes.reveal(claimId!);
    claimNotes.expand(note);
  });
}

export function enhanceClaimNotes(): void {
  const layout = document.querySelector<HTMLElement>('.article-layout');
  const section = layout?.querySelector<HTMLElement>('.claim-notes');
  if (!layout || !section) return;
  const claimNotes = new ClaimNotes(layout, section, layout.closest<HTMLElement>('article') ?? layout);
  const place = () => claimNotes.place();
  enhanceMarkers(claimNotes);
  enhancePassages(claimNotes);
  enhanceNotes(claimNotes);
  keyboardInNotes(claimNotes);
  closeSheetWhenLeft(claimNotes);
  openOnArrival(claimNotes);
  startClaimsShown(() => {
    if (claimNotes.expanded && !claimNotes.markersFor(claimNotes.expanded.dataset.claim!).some(visible)) claimNotes.collapse({ restoreFocus: false });
    place();
  });
  place();
  claimNotes.wide.addEventListener('change', place);
  new ResizeObserver(place).observe(layout);
  void document.fonts.ready.then(place);
}
