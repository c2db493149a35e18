import { describe, expect, it } from 'vitest';
import { comparisonRows, countRows, describeCounts, rowHeading, type ComparableClaim, type Relation } from '../../src/claims/comparison';

type Link = { claim: string; relation: Relation; note?: string };
const claim = (id: string, related: Link[] = []): ComparableClaim => ({
  id,
  data: { article: id.startsWith('e-') ? 'economist' : 'post', related: related.map((link) => ({ note: undefined, ...link })) },
});

// In reading order: the Post's claims, then The Economist's.
const ALL = [
  claim('p-warning', [{ claim: 'e-warning', relation: 'agrees' }, { claim: 'e-alerted', relation: 'agrees' }]),
  claim('p-ethics'),
  claim('p-thwarted', [{ claim: 'e-synagogue', relation: 'differs', note: 'Two plots, or one.' }]),
  claim('p-corridor', [{ claim: 'e-who-benefits', relation: 'adds' }]),
  claim('e-alerted'),
  claim('e-warning'),
  claim('e-who-benefits'),
  claim('e-synagogue', [{ claim: 'p-corridor', relation: 'agrees' }]),
  claim('e-torture'),
];
const byId = new Map(ALL.map((entry) => [entry.id, entry]));
const pick = (...ids: string[]) => ids.map((id) => byId.get(id)!);
const ARTICLES = ['post', 'economist'];
const outlet = (article: string) => (article === 'post' ? 'The Washington Post' : 'The Economist');
const ids = (rows: ReturnType<typeof comparisonRows<ComparableClaim>>) => rows.map((row) => [row.kind, row.byArticle.map((side) => side.claims.map((entry) => entry.id))]);

describe('comparisonRows', () => {
  it('brings in the claims related to those chosen, one step away, and puts linked claims in one row', () => {
    expect(ids(comparisonRows(pick('e-warning', 'p-ethics', 'e-torture'), ALL, ARTICLES))).toEqual([
      ['agrees', [['p-warning'], ['e-warning']]],
      ['only', [['p-ethics'], []]],
      ['only', [[], ['e-torture']]],
    ]);
  });

  it('keeps the order of the claims chosen, and the reading order within a row', () => {
    expect(ids(comparisonRows(pick('e-torture', 'p-warning'), ALL, ARTICLES))).toEqual([
      ['only', [[], ['e-torture']]],
      ['agrees', [['p-warning'], ['e-alerted', 'e-warning']]],
    ]);
  });

  it('calls a row of several kinds of relation mixed, and keeps every link shown with its note', () => {
    const rows = comparisonRows(pick('p-thwarted', 'e-synagogue'), ALL, ARTICLES);
    expect(ids(rows)).toEqual([['mixed', [['p-thwarted', 'p-corridor'], ['e-synagogue']]]]);
    expect(rows[0]!.links.map((link) => [link.from.id, link.relation, link.to.id, link.note])).toEqual([
      ['p-thwarted', 'differs', 'e-synagogue', 'Two plots, or one.'],
      ['e-synagogue', 'agrees', 'p-corridor', undefined],
    ]);
  });

  it('gathers each piece’s claims without a counterpart into one row', () => {
    expect(ids(comparisonRows(pick('e-torture', 'p-ethics', 'e-alerted'), [...ALL.slice(1, 2), claim('e-alerted'), claim('e-torture')], ARTICLES))).toEqual([
      ['only', [[], ['e-alerted', 'e-torture']]],
      ['only', [['p-ethics'], []]],
    ]);
  });
});

describe('rowHeading', () => {
  const heading = (...chosen: string[]) => comparisonRows(pick(...chosen), ALL, ARTICLES).map((row) => rowHeading(row, outlet));

  it('names the relation, who adds, or the one piece that speaks', () => {
    expect(heading('p-warning', 'p-ethics', 'e-torture')).toEqual(['They agree', 'Only The Washington Post', 'Only The Economist']);
    const adds = comparisonRows(pick('p-corridor'), [claim('p-corridor', [{ claim: 'e-who-benefits', relation: 'adds' }]), claim('e-who-benefits')], ARTICLES);
    expect(rowHeading(adds[0]!, outlet)).toBe('The Economist adds');
    expect(heading('p-thwarted', 'e-synagogue')).toEqual(['They agree and differ']);
    expect(heading('p-thwarted', 'e-synagogue', 'p-corridor')).toEqual(['They agree, differ and one adds to the other']);
  });
});

describe('counting rows', () => {
  it('counts the points the pieces meet on, and the claims each makes alone', () => {
    const counts = countRows(comparisonRows(ALL, ALL, ARTICLES));
    expect(counts).toEqual({ agrees: 1, differs: 0, adds: 0, mixed: 1, only: { post: 1, economist: 1 } });
    expect(describeCounts(counts, [{ id: 'post', outlet: 'The Washington Post' }, { id: 'economist', outlet: 'The Economist' }])).toBe(
      'The pieces meet on 2 points: they agree on 1 and do several of these at once on 1. 1 claim in The Washington Post and 1 in The Economist have no counterpart in the other piece.',
    );
  });

  it('says so when the pieces never meet', () => {
    const counts = countRows(comparisonRows(pick('p-ethics', 'e-torture'), pick('p-ethics', 'e-torture'), ARTICLES));
    expect(describeCounts(counts, [{ id: 'post', outlet: 'The Washington Post' }, { id: 'economist', outlet: 'The Economist' }])).toBe(
      'The pieces never meet on the same point. 1 claim in The Washington Post and 1 in The Economist have no counterpart in the other piece.',
    );
  });
});
