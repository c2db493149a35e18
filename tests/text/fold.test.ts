import { describe, expect, it } from 'vitest';
import { words } from '../../src/text/fold';

describe('text folding', () => {
  it('splits text into folded words', () => {
    expect(words('Mr. Putin’s 390km “blackmail”')).toEqual(['mr', 'putins', '390km', 'blackmail']);
  });
});
