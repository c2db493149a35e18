import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import type { SearchIndexFile } from '../../src/search/search-index';
import type { ClaimRecord, SearchRecord } from '../../src/search/records';
import { EMPTY_SEARCH } from '../../src/search/state';
import { builtPages, elements, idsOf } from '../support/built-site';
import { DIST } from '../support/project';

/** The index the site ships, searched as the browser searches it: the real content, not fixtures. */
const file = JSON.parse(await readFile(`${DIST}search-index.json`, 'utf8')) as SearchIndexFile;
const search = createSearchEngine(file);
const found = (query: string) => search({ ...EMPTY_SEARCH, query });
const ofKind = <Kind extends SearchRecord['kind']>(query: string, kind: Kind) =>
  (found(query).groups.find((group) => group.kind === kind)?.records ?? []) as Extract<SearchRecord, { kind: Kind }>[];

describe('the search index in dist/', () => {
  it('holds every claim, paragraph, event and person, each linking to an anchor that exists', async () => {
    const pages = await builtPages();
    const ids = new Map(pages.map((page) => [page.path, idsOf(page.tree)]));
    const kinds = new Set(file.records.map((record) => record.kind));
    expect([...kinds].sort()).toEqual(['claim', 'event', 'passage', 'person']);
    for (const record of file.records) {
      const [path, fragment] = record.path.split('#') as [string, string];
      expect(ids.get(path)?.has(fragment), record.path).toBe(true);
    }
    for (const record of file.records.filter((entry) => entry.kind === 'person')) expect(record.path).toMatch(/^\/people\/#person-/);
    const articlePages = pages.filter((page) => page.path.startsWith('/articles/'));
    const claimMarks = articlePages.flatMap((page) => elements(page.tree, (element) => element.tagName === 'mark' && String(element.properties.id ?? '').startsWith('claim-')));
    expect(file.records.filter((record) => record.kind === 'claim')).toHaveLength(claimMarks.length);
  });

  it('forgives a typo in a name: “Medvedv” finds Medvedev’s claim first', () => {
    expect(ofKind('Medvedv', 'claim')[0]).toMatchObject({ claimant: 'dmitry-medvedev' });
    expect(ofKind('Medvedv', 'person')[0]).toMatchObject({ name: 'Dmitry Medvedev' });
  });

  it('finds another spelling: “Sergeeva” finds Maria Sergeyeva and her claims, before claims whose notes name her', () => {
    const claims = ofKind('Sergeeva', 'claim');
    const hers = claims.filter((claim) => claim.claimant === 'maria-sergeyeva');
    expect(hers.length).toBeGreaterThan(0);
    expect(claims.slice(0, hers.length)).toEqual(hers);
    expect(ofKind('Sergeeva', 'person').map((person) => person.name)).toEqual(['Maria Sergeyeva']);
  });

  it('finds a passage by a word in it: “Beslan” finds the Post’s passage', () => {
    const passages = ofKind('Beslan', 'passage');
    expect(passages.some((passage) => passage.article === 'washington-post-enemy-of-all' && passage.text.includes('Beslan'))).toBe(true);
  });

  it('finds a claim by what its note says: “Kerman” finds the Post’s “84 Iranians”, which never names the city', () => {
    const claims = ofKind('Kerman', 'claim');
    expect(claims.map((claim) => claim.id)).toContain('post-kerman-84');
    expect(claims.find((claim) => claim.id === 'post-kerman-84')!.quote).not.toMatch(/Kerman/);
  });

  it('ranks claims holding every word first: “duty to warn” puts both duty-to-warn claims on top', () => {
    const claims = ofKind('duty to warn', 'claim');
    const holdingThePhrase = (claim: ClaimRecord) => /duty to warn/i.test(claim.quote);
    expect(file.records.filter((record) => record.kind === 'claim' && holdingThePhrase(record))).toHaveLength(2);
    expect(claims.slice(0, 2).every(holdingThePhrase)).toBe(true);
    expect(new Set(claims.slice(0, 2).map((claim) => claim.article)).size).toBe(2);
  });

  it('folds accents and typographic quotes in queries: “Sergéyeva’s” and “Putin’s” find what plain spellings find', () => {
    expect(found('Sergéyeva’s').total).toBe(found("Sergeyeva's").total);
    expect(found('Putin’s').groups).toEqual(found("Putin's").groups);
  });
});
