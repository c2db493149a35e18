import type { CollectionEntry } from 'astro:content';
import { listInWords } from '../text/in-words';

type ClaimData = CollectionEntry<'claims'>['data'];
export type Relation = ClaimData['related'][number]['relation'];

/** What comparing needs of a claim. */
export interface ComparableClaim {
  id: string;
  data: Pick<ClaimData, 'article' | 'related'>;
}

/** A relation as declared: on `from`, pointing at `to` ("to's piece adds to from" for adds). */
export interface RelationLink<Claim> {
  from: Claim;
  to: Claim;
  relation: Relation;
  note: string | undefined;
}

export interface ComparisonRow<Claim> {
  /** The relation every link in the row shares, "mixed" when they differ, "only" for claims no other piece meets. */
  kind: Relation | 'mixed' | 'only';
  /** One entry per article, in the order asked for; an article with nothing to say has no claims. */
  byArticle: { article: string; claims: Claim[] }[];
  links: RelationLink<Claim>[];
}

/**
 * Lays claims side by side for comparison. The claims chosen (a theme's, or an
 * event's) are joined by the claims directly related to them; claims linked by
 * the relations shown, directly or through one another, share a row; claims
 * with no counterpart are gathered, piece by piece, into "only" rows. Rows keep
 * the order of the chosen claims; within a row, claims keep the order of `all`
 * (the order of their passages).
 */
export function comparisonRows<Claim extends ComparableClaim>(chosen: readonly Claim[], all: readonly Claim[], articleIds: readonly string[]): ComparisonRow<Claim>[] {
  const byId = new Map(all.map((claim) => [claim.id, claim]));
  const links: RelationLink<Claim>[] = all.flatMap((from) =>
    from.data.related.flatMap(({ claim, relation, note }) => {
      const to = byId.get(claim);
      return to ? [{ from, to, relation, note }] : [];
    }),
  );
  const chosenIds = new Set(chosen.map((claim) => claim.id));
  const shownLinks = links.filter((link) => chosenIds.has(link.from.id) || chosenIds.has(link.to.id));
  const shown = new Set([...chosenIds, ...shownLinks.flatMap((link) => [link.from.id, link.to.id])]);

  // Union-find over the links shown: each group of linked claims becomes one row.
  const parent = new Map([...shown].map((id) => [id, id]));
  const root = (id: string): string => {
    const up = parent.get(id)!;
    if (up === id) return id;
    const top = root(up);
    parent.set(id, top);
    return top;
  };
  for (const link of shownLinks) parent.set(root(link.from.id), root(link.to.id));

  const position = new Map(all.map((claim, index) => [claim.id, index]));
  const rank = new Map<string, number>();
  chosen.forEach((claim, index) => {
    const key = root(claim.id);
    if (!rank.has(key)) rank.set(key, index);
  });

  const groups = new Map<string, Claim[]>();
  for (const id of shown) {
    const claim = byId.get(id)!;
    const key = shownLinks.some((link) => link.from.id === id || link.to.id === id) ? root(id) : `only:${claim.data.article}`;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
    if (key.startsWith('only:') && !rank.has(key)) rank.set(key, chosen.findIndex((candidate) => candidate.id === id));
  }

  return [...groups.entries()]
    .sort(([a], [b]) => rank.get(a)! - rank.get(b)!)
    .map(([key, claims]) => {
      const rowLinks = shownLinks.filter((link) => claims.includes(link.from));
      const relations = new Set(rowLinks.map((link) => link.relation));
      const ordered = [...claims].sort((a, b) => position.get(a.id)! - position.get(b.id)!);
      return {
        kind: key.startsWith('only:') ? 'only' : relations.size === 1 ? [...relations][0]! : 'mixed',
        byArticle: articleIds.map((article) => ({ article, claims: ordered.filter((claim) => claim.data.article === article) })),
        links: rowLinks,
      };
    });
}

const RELATION_PHRASES: Record<Relation, string> = { agrees: 'agree', differs: 'differ', adds: 'one adds to the other' };

/**
 * What a row shows at its head: "They agree", "They differ", "The Economist
 * adds", "Only The Washington Post", or, for a row of several relations,
 * "They agree and one adds to the other".
 */
export function rowHeading<Claim extends ComparableClaim>(row: ComparisonRow<Claim>, outletOf: (articleId: string) => string): string {
  if (row.kind === 'only') return `Only ${outletOf(row.byArticle.find((entry) => entry.claims.length > 0)!.article)}`;
  if (row.kind === 'adds') {
    const adders = [...new Set(row.links.map((link) => link.to.data.article))];
    return adders.length === 1 ? `${outletOf(adders[0]!)} adds` : 'Each adds to the other';
  }
  const relations = new Set(row.links.map((link) => link.relation));
  const phrases = (Object.keys(RELATION_PHRASES) as Relation[]).filter((relation) => relations.has(relation)).map((relation) => RELATION_PHRASES[relation]);
  return `They ${phrases.length === 1 ? phrases[0] : `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}`}`;
}

export interface ComparisonCounts {
  agrees: number;
  differs: number;
  adds: number;
  mixed: number;
  /** Claims with no counterpart, by article id. */
  only: Record<string, number>;
}

/** How many rows of each kind, and how many claims stand alone in each piece. */
export function countRows<Claim extends ComparableClaim>(rows: readonly ComparisonRow<Claim>[]): ComparisonCounts {
  const counts: ComparisonCounts = { agrees: 0, differs: 0, adds: 0, mixed: 0, only: {} };
  for (const row of rows) {
    if (row.kind !== 'only') {
      counts[row.kind] += 1;
      continue;
    }
    for (const { article, claims } of row.byArticle) counts.only[article] = (counts.only[article] ?? 0) + claims.length;
  }
  return counts;
}

/** The counts in a sentence or two, pieces named in the order given. */
export function describeCounts(counts: ComparisonCounts, pieces: readonly { id: string; outlet: string }[]): string {
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const shared = counts.agrees + counts.differs + counts.adds + counts.mixed;
  const kinds = [
    counts.agrees > 0 && `agree on ${counts.agrees}`,
    counts.differs > 0 && `differ on ${counts.differs}`,
    counts.adds > 0 && `one adds to the other on ${counts.adds}`,
    counts.mixed > 0 && `do several of these at once on ${counts.mixed}`,
  ].filter((part): part is string => part !== false);
  const meeting =
    shared === 0
      ? 'The pieces never meet on the same point.'
      : `The pieces meet on ${plural(shared, 'point', 'points')}: they ${listInWords(kinds)}.`;
  const alone = pieces.map(({ id, outlet }, index) => `${index === 0 ? plural(counts.only[id] ?? 0, 'claim', 'claims') : counts.only[id] ?? 0} in ${outlet}`);
  return `${meeting} ${alone.slice(0, -1).join(', ')}${alone.length > 1 ? ' and ' : ''}${alone.at(-1)} have no counterpart in ${pieces.length === 2 ? 'the other piece' : 'any other piece'}.`;
}
