import { claimAnchor, claimPath, correctionAnchor, eventAnchor, noteAnchor, paragraphAnchor } from '../routes';

/**
 * Every anchor id the site has published, per page, and where renamed ones went
 * (content/anchors.yaml). A link shared once must keep landing: an id may leave a
 * page only with an alias to its successor.
 */

/**
 * The kinds of anchor that are published, by id prefix, and the element that
 * carries each: a claim's mark, a paragraph, a timeline event's card, a correction
 * (linked from the feed). The element matters as well as the prefix, because
 * headings and other page furniture have ids like `claim-types` or `event-x-title`.
 */
const CLAIM_PREFIX = claimAnchor('');
const PUBLISHED_BY: Readonly<Record<string, string>> = {
  [CLAIM_PREFIX]: 'mark',
  [paragraphAnchor('')]: 'p',
  [eventAnchor('')]: 'article',
  [correctionAnchor('')]: 'li',
};

export const ANCHOR_PREFIXES = Object.keys(PUBLISHED_BY);

/** A claim's note shares its claim's id, so it follows its claim's aliases. */
const NOTE_PREFIX = noteAnchor('');

/**
 * What the functions here read of a registry entry (its schema is
 * content/schemas/registered-page.ts): the page's site path as its id, every id
 * it has published, and where renamed ones went.
 */
interface PageAnchors {
  id: string;
  anchors: readonly string[];
  aliases: readonly { from: string; to: string }[];
}

/** Whether an id is of a kind links may point at (and so gets a notice when it is missing). */
export function isAnchorId(id: string): boolean {
  return ANCHOR_PREFIXES.some((prefix) => id.startsWith(prefix) && id.length > prefix.length);
}

/** Whether an element is a published anchor (see `PUBLISHED_BY`). */
export function isPublishedAnchor(tagName: string, id: string): boolean {
  const prefix = ANCHOR_PREFIXES.find((candidate) => id.startsWith(candidate));
  return prefix !== undefined && isAnchorId(id) && PUBLISHED_BY[prefix] === tagName;
}

function prefixOf(id: string): string | undefined {
  return ANCHOR_PREFIXES.find((prefix) => id.startsWith(prefix));
}

/** Where an alias chain ends, or undefined when it goes round in a circle. */
function followAliases(id: string, aliases: ReadonlyMap<string, string>): string | undefined {
  const seen = new Set<string>();
  let current = id;
  while (aliases.has(current)) {
    if (seen.has(current)) return undefined;
    seen.add(current);
    current = aliases.get(current)!;
  }
  return current;
}

/** For the browser: each retired id mapped straight to the id that stands for it today, chains followed. */
export function successors(page: Pick<PageAnchors, 'aliases'>): Record<string, string> {
  const aliases = new Map(page.aliases.map((alias) => [alias.from, alias.to]));
  const map: Record<string, string> = {};
  for (const { from } of page.aliases) {
    const last = followAliases(from, aliases);
    if (last !== undefined) map[from] = last;
  }
  return map;
}

/**
 * A claim's id is also its page's address (`/claims/<id>/`), so a renamed claim's
 * old page moves to its successor's: old site path → new site path.
 */
export function movedClaimPages(registry: readonly PageAnchors[]): Record<string, string> {
  const moved: Record<string, string> = {};
  for (const page of registry) {
    for (const [from, to] of Object.entries(successors(page))) {
      if (from.startsWith(CLAIM_PREFIX)) moved[claimPath(from.slice(CLAIM_PREFIX.length))] = claimPath(to.slice(CLAIM_PREFIX.length));
    }
  }
  return moved;
}

export type Resolution = { status: 'present'; id: string } | { status: 'moved'; id: string } | { status: 'missing' };

/**
 * What a link's `#id` lands on: the id itself, its successor, or nothing. A note
 * (`note-…`) lands where its claim's successor's note is.
 */
export function resolveAnchor(id: string, isPresent: (id: string) => boolean, successorOf: Readonly<Record<string, string>>): Resolution {
  if (isPresent(id)) return { status: 'present', id };
  const asClaim = id.startsWith(NOTE_PREFIX) ? claimAnchor(id.slice(NOTE_PREFIX.length)) : id;
  const successor = Object.hasOwn(successorOf, asClaim) ? successorOf[asClaim] : undefined;
  if (successor === undefined) return { status: 'missing' };
  const target = asClaim === id ? successor : noteAnchor(successor.slice(CLAIM_PREFIX.length));
  return isPresent(target) ? { status: 'moved', id: target } : { status: 'missing' };
}

/** Mistakes within one page's entry: what an editor sees when the content is loaded. */
export function aliasProblems(page: PageAnchors): string[] {
  const problems: string[] = [];
  const anchors = new Set(page.anchors);
  const repeated = page.anchors.filter((id, index) => page.anchors.indexOf(id) !== index);
  if (repeated.length > 0) problems.push(`anchors: ${[...new Set(repeated)].join(', ')} listed twice`);
  const aliases = new Map<string, string>();
  for (const { from, to } of page.aliases) {
    const alias = `alias ${from} → ${to}`;
    if (aliases.has(from)) problems.push(`${alias}: ${from} already has an alias (to ${aliases.get(from)})`);
    else aliases.set(from, to);
    if (from === to) problems.push(`${alias}: an id cannot be its own successor`);
    if (prefixOf(from) !== prefixOf(to)) problems.push(`${alias}: a ${prefixOf(from)}… id must lead to another ${prefixOf(from)}… id`);
    for (const id of [from, to]) {
      if (!anchors.has(id)) problems.push(`${alias}: add ${id} to this page’s anchors (every id ever published is listed)`);
    }
  }
  const circular = [...aliases.keys()].filter((from) => aliases.get(from) !== from && followAliases(from, aliases) === undefined);
  if (circular.length > 0) problems.push(`aliases from ${circular.join(', ')} go round in a circle`);
  return problems;
}

export interface RegistryCheck {
  /** Registered ids that a link can no longer land on. */
  unresolved: string[];
  /** Ids the built pages publish that the registry does not list yet. */
  unregistered: string[];
}

/**
 * Compares the registry with the built pages (by site path).
 * Every registered id must still resolve on its page, and every published anchor
 * must be registered, so that renaming it later is caught.
 */
export interface BuiltPageAnchors {
  /** Every id on the page: what a link can land on. */
  ids: ReadonlySet<string>;
  /** The ids of its published anchors (see `isPublishedAnchor`). */
  anchors: ReadonlySet<string>;
}

export function checkRegistry(registry: readonly PageAnchors[], pages: ReadonlyMap<string, BuiltPageAnchors>): RegistryCheck {
  const unresolved: string[] = [];
  const unregistered: string[] = [];
  const byPage = new Map(registry.map((entry) => [entry.id, entry]));
  for (const entry of registry) {
    const ids = pages.get(entry.id)?.ids;
    if (!ids) {
      unresolved.push(`${entry.id}: the page is gone, and with it ${entry.anchors.length} published anchors`);
      continue;
    }
    const successorOf = successors(entry);
    for (const id of entry.anchors) {
      if (resolveAnchor(id, (candidate) => ids.has(candidate), successorOf).status === 'missing') {
        unresolved.push(`${entry.id}#${id}: no longer on the page; add an alias { from: ${id}, to: <its successor> }`);
      }
    }
  }
  for (const [page, { anchors }] of pages) {
    const registered = new Set(byPage.get(page)?.anchors ?? []);
    for (const id of anchors) if (!registered.has(id)) unregistered.push(`${page}#${id}`);
  }
  return { unresolved, unregistered };
}
