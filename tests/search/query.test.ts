import { describe, expect, it } from 'vitest';
import { MAX_TERM_LENGTH, MAX_TERMS, searchQuery, searchTerms } from '../../src/search/query';
import { HOSTILE_QUERIES } from '../support/hostile-queries';

describe('searchTerms', () => {
  it('folds case, accents and typographic quotes as the index is folded', () => {
    expect(searchTerms('Sergéyeva’s “DUTY to warn”')).toEqual(['sergeyevas', 'duty', 'warn']);
    expect(searchTerms("Putin's")).toEqual(searchTerms('Putin’s'));
  });

  it('leaves out words of one or two letters when longer ones are given, and repeated words', () => {
    expect(searchTerms('what did Medvedev say to us')).toEqual(['what', 'did', 'medvedev', 'say']);
    expect(searchTerms('US UK')).toEqual(['us', 'uk']);
    expect(searchTerms('a I')).toEqual([]);
    expect(searchTerms('Putin putin PUTIN')).toEqual(['putin']);
  });

  it('turns every Fuse extended-search operator and regular expression into plain words', () => {
    for (const query of ["'Medvedev", '=Medvedev', '!Medvedev', '^Medvedev', 'Medvedev$', '"Medvedev"', '(Medvedev)+.*', '<b>Medvedev</b>']) {
      expect(searchTerms(query), query).toEqual(['medvedev']);
    }
    expect(searchTerms('Putin | Medvedev')).toEqual(['putin', 'medvedev']);
    expect(searchTerms("!^=$'|\" .* [(")).toEqual([]);
  });

  it('reads a few words of a long query, each no longer than Fuse can match', () => {
    expect(searchTerms('one two three four five six seven eight nine ten eleven')).toHaveLength(MAX_TERMS);
    expect(searchTerms('a'.repeat(5000))).toEqual(['a'.repeat(MAX_TERM_LENGTH)]);
  });

  it.each(HOSTILE_QUERIES)('reduces a hostile query ($name) to a few words of letters and digits', ({ query }) => {
    const terms = searchTerms(query);
    expect(terms.length).toBeLessThanOrEqual(MAX_TERMS);
    for (const term of terms) {
      expect(term).toMatch(/^[\p{L}\p{N}]+$/u);
      expect(term.length).toBeLessThanOrEqual(MAX_TERM_LENGTH);
    }
  });

  it('keeps words in any script, and drops emoji and invisible characters', () => {
    expect(searchTerms('Медведев بوتين')).toEqual(['медведев', 'بوتين']);
    expect(searchTerms('🔥💣 Putin 👨‍👩‍👧')).toEqual(['putin']);
    expect(searchTerms('\u202Eputin\u202C')).toEqual(['putin']);
  });

  it('keeps a hyphenated name and a written number as one unit, and the whole phrase as typed', () => {
    expect(searchQuery('ISIS-K attack')).toEqual({ terms: ['isis', 'k', 'attack'], units: [['isis', 'k'], ['attack']], phrase: ['isis', 'k', 'attack'] });
    expect(searchQuery('mobilisation 300,000').units).toEqual([['mobilisation'], ['300', '000']]);
    expect(searchQuery('duty to warn')).toEqual({ terms: ['duty', 'warn'], units: [['duty'], ['warn']], phrase: ['duty', 'to', 'warn'] });
    expect(searchQuery('<b>Medvedev</b>').units).toEqual([['medvedev']]);
  });
});
