import { describe, expect, it } from 'vitest';
import { registeredPageSchema as schema, type RegisteredPage } from '../../src/content/schemas/registered-page';
import { aliasProblems, checkRegistry, isAnchorId, isPublishedAnchor, movedClaimPages, resolveAnchor, successors } from '../../src/links/anchor-registry';

const PAGE: RegisteredPage = {
  id: '/articles/x/',
  anchors: ['p-first-words', 'p-old-first-words', 'claim-old', 'claim-older', 'claim-new'],
  aliases: [
    { from: 'claim-older', to: 'claim-old', reason: 'Renamed.' },
    { from: 'claim-old', to: 'claim-new', reason: 'Renamed again.' },
    { from: 'p-old-first-words', to: 'p-first-words', reason: 'The paragraph’s first words changed.' },
  ],
};
const ON_PAGE = new Set(['p-first-words', 'claim-new', 'note-new', 'main']);
const present = (id: string) => ON_PAGE.has(id);
const built = (ids: Set<string>) => ({ ids, anchors: new Set([...ids].filter((id) => id.startsWith('p-') || id.startsWith('claim-'))) });

describe('anchor ids', () => {
  it('are claims, paragraphs, events and corrections, by prefix', () => {
    expect(['claim-a', 'p-a', 'event-a', 'correction-a'].map(isAnchorId)).toEqual([true, true, true, true]);
    expect(['main', 'note-a', 'p-', 'claims-in-x'].map(isAnchorId)).toEqual([false, false, false, false]);
  });

  it('are published by claims’ marks, paragraphs, events’ cards and corrections, not by headings that share a prefix', () => {
    expect(isPublishedAnchor('mark', 'claim-economist-toll-139')).toBe(true);
    expect(isPublishedAnchor('p', 'p-few-russian-leaders')).toBe(true);
    expect(isPublishedAnchor('article', 'event-crocus-attack')).toBe(true);
    expect(isPublishedAnchor('li', 'correction-toll')).toBe(true);
    expect(isPublishedAnchor('h2', 'claim-types')).toBe(false);
    expect(isPublishedAnchor('h3', 'event-crocus-attack-title')).toBe(false);
    expect(isPublishedAnchor('h2', 'p-values')).toBe(false);
    expect(isPublishedAnchor('mark', 'note-x')).toBe(false);
  });
});

describe('resolving an anchor on a page', () => {
  const successorOf = successors(PAGE);

  it('follows alias chains to the id that stands today', () => {
    expect(successorOf).toEqual({ 'claim-older': 'claim-new', 'claim-old': 'claim-new', 'p-old-first-words': 'p-first-words' });
  });

  it('lands on an id that is there, or on its successor', () => {
    expect(resolveAnchor('claim-new', present, successorOf)).toEqual({ status: 'present', id: 'claim-new' });
    expect(resolveAnchor('claim-older', present, successorOf)).toEqual({ status: 'moved', id: 'claim-new' });
    expect(resolveAnchor('p-old-first-words', present, successorOf)).toEqual({ status: 'moved', id: 'p-first-words' });
  });

  it('moves a renamed claim’s page with it, to its latest successor', () => {
    expect(movedClaimPages([PAGE])).toEqual({ '/claims/older/': '/claims/new/', '/claims/old/': '/claims/new/' });
  });

  it('takes a claim’s note along with its claim', () => {
    expect(resolveAnchor('note-older', present, successorOf)).toEqual({ status: 'moved', id: 'note-new' });
  });

  it('says when nothing stands for an id, including ids that are only object properties', () => {
    expect(resolveAnchor('claim-gone', present, successorOf)).toEqual({ status: 'missing' });
    expect(resolveAnchor('constructor', present, successorOf)).toEqual({ status: 'missing' });
    expect(resolveAnchor('__proto__', present, successorOf)).toEqual({ status: 'missing' });
  });
});

describe('checking a page’s registry entry', () => {
  it('finds nothing wrong with a sound entry', () => {
    expect(aliasProblems(PAGE)).toEqual([]);
  });

  it('names unlisted ids, self-aliases, changes of kind, doubled aliases and circles', () => {
    const problems = aliasProblems({
      id: '/articles/x/',
      anchors: ['claim-a', 'claim-b', 'p-c', 'claim-a'],
      aliases: [
        { from: 'claim-a', to: 'claim-b' },
        { from: 'claim-b', to: 'claim-a' },
        { from: 'claim-a', to: 'claim-zz' },
        { from: 'p-c', to: 'p-c' },
        { from: 'claim-b', to: 'p-c' },
        { from: 'claim-c', to: 'claim-d' },
        { from: 'claim-d', to: 'claim-c' },
      ],
    });
    expect(problems).toEqual([
      'anchors: claim-a listed twice',
      'alias claim-a → claim-zz: claim-a already has an alias (to claim-b)',
      'alias claim-a → claim-zz: add claim-zz to this page’s anchors (every id ever published is listed)',
      'alias p-c → p-c: an id cannot be its own successor',
      'alias claim-b → p-c: claim-b already has an alias (to claim-a)',
      'alias claim-b → p-c: a claim-… id must lead to another claim-… id',
      'alias claim-c → claim-d: add claim-c to this page’s anchors (every id ever published is listed)',
      'alias claim-c → claim-d: add claim-d to this page’s anchors (every id ever published is listed)',
      'alias claim-d → claim-c: add claim-d to this page’s anchors (every id ever published is listed)',
      'alias claim-d → claim-c: add claim-c to this page’s anchors (every id ever published is listed)',
      'aliases from claim-a, claim-b, claim-c, claim-d go round in a circle',
    ]);
  });

  it('is enforced by the content schema', () => {
    const result = schema.safeParse({ id: '/articles/x/', anchors: ['claim-a'], aliases: [{ from: 'claim-a', to: 'claim-b', reason: 'Renamed.' }] });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['alias claim-a → claim-b: add claim-b to this page’s anchors (every id ever published is listed)']);
    expect(schema.safeParse({ id: 'articles/x', anchors: ['note-a'] }).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['id', 'anchors.0']);
    expect(schema.safeParse(PAGE).success).toBe(true);
  });
});

describe('checking the registry against the built pages', () => {
  it('passes when every registered id resolves and every published anchor is registered', () => {
    expect(checkRegistry([PAGE], new Map([['/articles/x/', built(ON_PAGE)]]))).toEqual({ unresolved: [], unregistered: [] });
  });

  it('fails when a published id no longer resolves, and names what to add', () => {
    const renamed = new Set(['p-first-words', 'claim-newest']);
    expect(checkRegistry([PAGE], new Map([['/articles/x/', built(renamed)]]))).toEqual({
      unresolved: [
        '/articles/x/#claim-old: no longer on the page; add an alias { from: claim-old, to: <its successor> }',
        '/articles/x/#claim-older: no longer on the page; add an alias { from: claim-older, to: <its successor> }',
        '/articles/x/#claim-new: no longer on the page; add an alias { from: claim-new, to: <its successor> }',
      ],
      unregistered: ['/articles/x/#claim-newest'],
    });
  });

  it('fails when a registered page is gone', () => {
    expect(checkRegistry([PAGE], new Map()).unresolved).toEqual(['/articles/x/: the page is gone, and with it 5 published anchors']);
  });
});
