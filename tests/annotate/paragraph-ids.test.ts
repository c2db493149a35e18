import { describe, expect, it } from 'vitest';
import { paragraphIds } from '../../src/annotate/paragraph-ids';

describe('paragraphIds', () => {
  it('names a paragraph after its first six words, folded to ASCII', () => {
    expect(paragraphIds(['Few Russian leaders apart from Stalin have been as obsessed'])).toEqual([
      'p-few-russian-leaders-apart-from-stalin',
    ]);
    expect(paragraphIds(['“We know that the crime was perpetrated,” Mr Putin said'])).toEqual([
      'p-we-know-that-the-crime-was',
    ]);
    expect(paragraphIds(['Mr. Putin’s FSB — Sergéyeva’s post'])).toEqual(['p-mr-putins-fsb-sergeyevas-post']);
  });

  it('keeps an id when other paragraphs are added, removed or reordered', () => {
    const a = 'Alpha paragraph about the warning given in early March.';
    const b = 'Bravo paragraph about the election held in mid March.';
    const c = 'Charlie paragraph about the attack on the concert hall.';
    const before = paragraphIds([a, b, c]);
    const after = paragraphIds([c, 'A new paragraph inserted at the top.', a]);
    expect(after[0]).toBe(before[2]);
    expect(after[2]).toBe(before[0]);
  });

  it('takes more words when leading words collide, whatever the order', () => {
    const x = 'Mr Putin has said many things about the war in Ukraine.';
    const y = 'Mr Putin has said many things about the election.';
    const ids = paragraphIds([x, y]);
    expect(ids).toEqual(['p-mr-putin-has-said-many-things-about-the-war', 'p-mr-putin-has-said-many-things-about-the-election']);
    expect(paragraphIds([y, x])).toEqual([...ids].reverse());
    expect(new Set(ids).size).toBe(2);
  });

  it('numbers identical paragraphs and names empty ones', () => {
    expect(paragraphIds(['Same words.', 'Same words.', '…'])).toEqual(['p-same-words', 'p-same-words-2', 'p-empty']);
  });
});
