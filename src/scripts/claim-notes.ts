import { ARRIVAL_EVENT } from './arrival';

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

export function enhanceClaimNotes(): void {
  const layout = document.querySelector<HTMLElement>('.article-layout');
  const section = layout?.querySelector<HTMLElement>('.claim-notes');
  if (!layout || !section) return;

  const notes = [...section.querySelectorAll<HTMLElement>('.claim-note')];
  const noteFor = (claimId: string) => notes.find((note) => note.dataset.claim === claimId);
  const markersFor = (claimId: string) => [...layout.querySelectorAll<HTMLElement>(`.claim-marker[data-claim="${CSS.escape(claimId)}"]`)];
  const marksFor = (claimId: string) => [...layout.querySelectorAll<HTMLElement>(`mark.claim[data-claim="${CSS.escape(claimId)}"]`)];
  const wide = window.matchMedia(WIDE_SCREEN);
  let expanded: HTMLElement | undefined;
  let returnFocusTo: HTMLElement | undefined;

  for (const marker of layout.querySelectorAll<HTMLElement>('.claim-marker[data-claim]')) {
    marker.setAttribute('role', 'button');
    marker.setAttribute('aria-expanded', 'false');
    marker.setAttribute('aria-controls', `note-${marker.dataset.claim}`);
    marker.addEventListener('click', (event) => {
      event.preventDefault();
      toggle(marker.dataset.claim!, marker);
    });
    marker.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault();
        toggle(marker.dataset.claim!, marker);
      }
    });
  }

  for (const note of notes) {
    note.tabIndex = -1;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'claim-note__close';
    close.setAttribute('aria-label', 'Close note');
    close.addEventListener('click', () => collapse({ restoreFocus: true }));
    note.prepend(close);
    const claimId = note.dataset.claim!;
    const setActive = (active: boolean) => {
      for (const mark of marksFor(claimId)) mark.classList.toggle('is-active', active);
      note.classList.toggle('is-active', active);
    };
    for (const element of [note, ...markersFor(claimId), ...marksFor(claimId)]) {
      element.addEventListener('mouseenter', () => setActive(true));
      element.addEventListener('mouseleave', () => setActive(false));
    }
    // A collapsed margin note is small; clicking it is a natural way to open it.
    note.addEventListener('click', () => {
      if (wide.matches && expanded !== note) expand(note, markersFor(claimId)[0]);
    });
  }

  // Escape closes the open note when the reader is in it or on its marker, or (on a
  // phone) whenever its sheet covers the page; never when something else took it.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !expanded || event.defaultPrevented) return;
    const focused = document.activeElement;
    const inNote = focused instanceof Node && (expanded.contains(focused) || isMarkerOf(expanded, focused));
    if (wide.matches && !inNote) return;
    event.preventDefault();
    collapse({ restoreFocus: true });
  });

  // On a phone the open note is a sheet over the page: leaving it closes it, so that
  // nothing focused is ever hidden behind it. A tap elsewhere (a click: a swipe to
  // scroll is not one), or focus moving on to something outside it; focus lost to
  // nothing (the window blurred by a share sheet, a tap on plain text) does not count.
  document.addEventListener('click', (event) => {
    if (wide.matches || !expanded || !(event.target instanceof Node)) return;
    if (expanded.contains(event.target) || isMarkerOf(expanded, event.target)) return;
    collapse({ restoreFocus: false });
  });
  section.addEventListener('focusout', (event) => {
    if (wide.matches || !expanded || !(event.target instanceof Node) || !expanded.contains(event.target)) return;
    const next = event.relatedTarget;
    if (!(next instanceof Node) || expanded.contains(next) || isMarkerOf(expanded, next)) return;
    collapse({ restoreFocus: false });
  });

  function isMarkerOf(note: HTMLElement, node: Node): boolean {
    return markersFor(note.dataset.claim!).some((marker) => marker === node || marker.contains(node));
  }

  function toggle(claimId: string, opener: HTMLElement) {
    const note = noteFor(claimId);
    if (!note) return;
    if (expanded === note) collapse({ restoreFocus: false });
    else expand(note, opener);
  }

  function expand(note: HTMLElement, opener?: HTMLElement) {
    collapse({ restoreFocus: false });
    expanded = note;
    returnFocusTo = opener;
    note.classList.add('is-expanded');
    for (const marker of markersFor(note.dataset.claim!)) marker.setAttribute('aria-expanded', 'true');
    placeNotes();
    if (opener) note.focus({ preventScroll: true });
    if (!wide.matches) keepPassageAboveSheet(note);
  }

  /** On a phone, scrolls the passage into the part of the screen the sheet leaves free. */
  function keepPassageAboveSheet(note: HTMLElement) {
    const mark = document.getElementById(`claim-${note.dataset.claim}`);
    if (!mark) return;
    const passage = mark.getBoundingClientRect();
    const sheetTop = note.getBoundingClientRect().top;
    const margin = 16;
    if (passage.top >= margin && passage.bottom <= sheetTop - margin) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollBy({ top: passage.top - Math.max(margin, (sheetTop - passage.height) / 2), behavior: reduce ? 'auto' : 'smooth' });
  }

  function collapse({ restoreFocus }: { restoreFocus: boolean }) {
    if (!expanded) return;
    expanded.classList.remove('is-expanded');
    for (const marker of markersFor(expanded.dataset.claim!)) marker.setAttribute('aria-expanded', 'false');
    expanded = undefined;
    placeNotes();
    if (restoreFocus) returnFocusTo?.focus();
    returnFocusTo = undefined;
  }

  /** In the margin: each note at the height of its passage, or just below the note before it. */
  function placeNotes() {
    layout!.classList.toggle('notes-in-margin', wide.matches);
    if (!wide.matches) {
      for (const note of notes) note.style.removeProperty('top');
      section!.style.removeProperty('min-height');
      return;
    }
    const layoutTop = layout!.getBoundingClientRect().top;
    let nextFree = 0;
    for (const note of notes) {
      const mark = document.getElementById(`claim-${note.dataset.claim}`);
      const passageTop = mark ? mark.getBoundingClientRect().top - layoutTop : nextFree;
      const top = Math.max(passageTop, nextFree);
      note.style.top = `${top}px`;
      nextFree = top + note.offsetHeight + GAP_PX;
    }
    section!.style.minHeight = `${nextFree}px`;
  }

  // The claim's mark and its note both carry data-claim.
  layout.addEventListener(ARRIVAL_EVENT, (event) => {
    const claimId = event.target instanceof HTMLElement ? event.target.dataset.claim : undefined;
    const note = claimId === undefined ? undefined : noteFor(claimId);
    if (note && note !== expanded) expand(note);
  });

  setUpHighlightToggle();
  placeNotes();
  wide.addEventListener('change', placeNotes);
  new ResizeObserver(() => placeNotes()).observe(layout);
  void document.fonts.ready.then(placeNotes);
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
