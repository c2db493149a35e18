import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../scripts/bench/synthetic-corpus';
import type { SearchRecord } from '../../src/search/records';

const real: SearchRecord[] = [
  { kind: 'passage', id: 'p-one', path: '/articles/a/#p-one', text: 'Gunmen attacked a concert hall near Moscow on Friday night.', article: 'a', outlet: 'The Example' },
  { kind: 'person', id: 'someone', path: '/search/?claimant=someone', name: 'Dmitry Medvedev', aliases: ['Medvedev'], role: 'Former president of Russia', claimCount: 1 },
];

describe('syntheticCorpus (for the benchmark)', () => {
  it('starts with the real corpus and adds copies with their own ids and anchors', () => {
    const corpus = syntheticCorpus(real, 100);
    expect(corpus).toHaveLength(200);
    expect(corpus.slice(0, 2)).toEqual(real);
    expect(new Set(corpus.map((record) => `${record.kind}:${record.id}`)).size).toBe(200);
    expect(corpus[2]).toMatchObject({ id: 'p-one-copy-1', path: '/articles/a/#p-one-copy-1' });
  });

  it('reshuffles prose but keeps names, and makes the same corpus every time', () => {
    const corpus = syntheticCorpus(real, 100);
    const passages = corpus.filter((record) => record.kind === 'passage').map((record) => record.text);
    expect(new Set(passages).size).toBeGreaterThan(50);
    expect(corpus.filter((record) => record.kind === 'person').every((record) => record.name === 'Dmitry Medvedev')).toBe(true);
    expect(syntheticCorpus(real, 100)).toEqual(corpus);
  });
});
