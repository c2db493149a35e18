import { isAnchorId, resolveAnchor } from '../anchor-registry';
import { arrivalNotice, type MissingPassage } from '../arrival-notice';
import { fragmentId } from '../fragment-id';
import { passageFromQuery } from '../passage-links';
import { findQuote } from '../../annotate/quote-search';
import { href, noteAnchor, SEARCHED_PARAM, sitePath } from '../../routes';
import { clearPassageHighlight, highlightPassage } from './passage-highlight';
import { rangeAt } from './text-offsets';

/**
 * Arriving by a link: at `#claim-…`, `#p-…`, `#event-…`, `#correction-…` or
 * `#note-…` on any page, or at a `?quote=` passage in an article. The target is
 * scrolled into view (gently unless the reader prefers reduced motion), highlighted
 * until the reader arrives elsewhere or presses Escape, and focused, so keyboard and
 * screen-reader users start there. A renamed id lands on its successor (content/anchors.yaml) and the
 * address is corrected; an unknown one gets a notice with a search for its words.
 * On the 404 page, the old address of a renamed claim's page sends the reader on.
 *
 * Other features respond to `ARRIVAL_EVENT`, dispatched on the target: the claim
 * notes open a claim's note.
 */

export const ARRIVAL_EVENT = 'crocus:arrival';

const LINK_TARGET_CLASS = 'is-link-target';
const NOTE_PREFIX = noteAnchor('');
/** On the block a `?quote=` passage lies in: the passage itself is what is highlighted. */
const PASSAGE_CLASS = 'has-passage';
/** Where the target comes to rest: this far down the viewport, so what precedes it shows too. */
const RESTING_POINT = 0.2;
/** Room between the arrival notice and what the link reached. */
const NOTICE_GAP_PX = 16;

let arrived: HTMLElement | undefined;
/** Clears the searched words marked on arrival from a search result, once loaded. */
let clearSearchedWords: (() => void) | undefined;

function moveOn(): void {
  arrived?.classList.remove(LINK_TARGET_CLASS, PASSAGE_CLASS);
  arrived = undefined;
  clearPassageHighlight();
  clearSearchedWords?.();
}

/** Arrived from a search result: its words are marked in the passage, by code loaded only then. */
function markSearchedWords(target: HTMLElement): void {
  const searched = new URLSearchParams(window.location.search).get(SEARCHED_PARAM);
  if (!searched) return;
  void import('../../search/client/searched-words').then(({ markWords }) => {
    if (arrived === target) clearSearchedWords = markWords(target, searched);
  });
}

/** Highlights `target` as where the reader is, without moving the view or the focus: for controls that link to their own place. */
export function markArrival(target: HTMLElement): void {
  moveOn();
  arrived = target;
  target.classList.add(LINK_TARGET_CLASS);
}

function arriveAt(target: HTMLElement, passage?: Range): void {
  markArrival(target);
  if (passage) {
    target.classList.add(PASSAGE_CLASS);
    highlightPassage(passage);
  }
  markSearchedWords(target);
  target.dispatchEvent(new CustomEvent(ARRIVAL_EVENT, { bubbles: true }));
  const rest = () => scrollToShow((passage ?? target).getBoundingClientRect());
  rest();
  // The browser scrolls to the fragment itself when the page has loaded, after this: the target is set to rest again then.
  if (document.readyState !== 'complete') {
    window.addEventListener('load', () => requestAnimationFrame(() => arrived === target && rest()), { once: true });
  }
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
}

export function startArrival(): void {
  if (sentOnFromMovedPage()) return;
  document.documentElement.classList.add('has-arrival');
  const successorOf = readJson('anchor-successors');
  const notice = document.getElementById('arrival-notice');
  const show = (missing: MissingPassage) => {
    if (!notice) return;
    showNotice(notice, missing);
    // The notice stays at the top of the screen: what the link reached instead rests below it.
    if (arrived) scrollToShow(arrived.getBoundingClientRect());
  };
  whenParsed(() => {
    if (passageFromQuery(window.location.search)) arriveAtQuote(successorOf, show);
    else arriveAtHash(successorOf, show);
  });
  window.addEventListener('hashchange', () => {
    notice?.replaceChildren();
    arriveAtHash(successorOf, show);
  });
  document.addEventListener('keydown', (event) => {
    // Escape belongs to whatever handled it first (a search, an open note).
    if (event.key === 'Escape' && !event.defaultPrevented) moveOn();
  });
}

/** On the 404 page: the old address of a renamed claim's page goes on to the new one. */
function sentOnFromMovedPage(): boolean {
  const moved = readJson('moved-pages');
  const path = sitePath(window.location.pathname);
  if (!Object.hasOwn(moved, path)) return false;
  window.location.replace(`${href(moved[path]!)}${window.location.search}${window.location.hash}`);
  return true;
}

/** Says what was not found, with a search for its words, and a way to dismiss it. */
function showNotice(notice: HTMLElement, missing: MissingPassage): void {
  const { message, search } = arrivalNotice(missing);
  const text = document.createElement('p');
  text.textContent = message;
  const link = document.createElement('a');
  link.href = search.href;
  link.textContent = `Search the site for “${search.words}”`;
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', () => {
    notice.replaceChildren();
    document.getElementById('main')?.focus({ preventScroll: true });
  });
  const actions = document.createElement('p');
  actions.append(link, ' ', dismiss);
  notice.replaceChildren(text, actions);
}

/** Lands on the hash's anchor, or its successor. Other ids (`#main`) are left to the browser. */
function arriveAtHash(successorOf: Readonly<Record<string, string>>, show: (missing: MissingPassage) => void): void {
  const id = fragmentId(window.location.hash);
  if (id === undefined || !(isAnchorId(id) || (id.startsWith(NOTE_PREFIX) && id.length > NOTE_PREFIX.length))) return;
  const resolution = resolveAnchor(id, (candidate) => document.getElementById(candidate) !== null, successorOf);
  if (resolution.status === 'missing') {
    moveOn();
    show({ kind: 'anchor', id });
    return;
  }
  if (resolution.status === 'moved') {
    history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}#${resolution.id}`);
  }
  arriveAt(document.getElementById(resolution.id)!);
}

/** Lands on a `?quote=` passage, found by its words; failing that, on the hash's paragraph, and says so. */
function arriveAtQuote(successorOf: Readonly<Record<string, string>>, show: (missing: MissingPassage) => void): void {
  const selector = passageFromQuery(window.location.search);
  const body = document.getElementById('article-body');
  if (!selector || !body) return;
  const result = findQuote(body.textContent ?? '', selector);
  const found = result.status === 'found' ? result.range : result.status === 'ambiguous' ? result.ranges[0] : undefined;
  const range = found && rangeAt(body, found.start, found.end);
  if (range) {
    arriveAt(blockOf(range.startContainer, body), range);
    return;
  }
  arriveAtHash(successorOf, show);
  show({ kind: 'quote', quote: selector.quote, fellBackTo: arrived ? 'paragraph' : undefined });
}

/** A map written into the page at build time: renamed ids and their successors, or moved pages. */
function readJson(id: string): Record<string, string> {
  const data = document.getElementById(id)?.textContent;
  try {
    const parsed: unknown = data ? JSON.parse(data) : {};
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** The paragraph (or other block) of the article body that a passage starts in. */
function blockOf(node: Node, body: HTMLElement): HTMLElement {
  let element = node instanceof HTMLElement ? node : node.parentElement;
  while (element && element.parentElement !== body) element = element.parentElement;
  return element ?? body;
}

/** Scrolls `rect` to its resting point, or below the arrival notice when one is shown, so the notice covers none of it. */
function scrollToShow(rect: DOMRect): void {
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const notice = document.getElementById('arrival-notice');
  const clearance = notice && notice.childElementCount > 0 ? notice.offsetHeight + NOTICE_GAP_PX : 0;
  const top = window.scrollY + rect.top - Math.max(window.innerHeight * RESTING_POINT, clearance);
  window.scrollTo({ top: Math.max(0, top), behavior: reduced ? 'instant' : 'smooth' });
}

/**
 * Runs once the document is parsed and every module script has run, so that the
 * features listening for arrivals are ready.
 */
function whenParsed(run: () => void): void {
  if (document.readyState === 'complete') run();
  else document.addEventListener('DOMContentLoaded', run, { once: true });
}
