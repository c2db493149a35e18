import { describe, expect, it } from 'vitest';
import { textDirective } from '../../src/links/text-fragments';

const decodeTerms = (directive: string) => directive.replace(/^:~:text=/, '').split(',').map(decodeURIComponent);

describe('text directives', () => {
  it('quotes a short passage whole, with its context as prefix and suffix', () => {
    const directive = textDirective({ pieces: ['at Crocus City Hall'], prefix: 'the terrorist attack', suffix: 'a concert venue' });
    expect(directive).toBe(':~:text=the%20terrorist%20attack-,at%20Crocus%20City%20Hall,-a%20concert%20venue');
  });

  it('escapes the characters the directive syntax uses, and typographic ones', () => {
    const directive = textDirective({ pieces: ['a so-called “window”, & more'] });
    expect(directive).toBe(':~:text=a%20so%2Dcalled%20%E2%80%9Cwindow%E2%80%9D%2C%20%26%20more');
    expect(decodeTerms(directive)).toEqual(['a so-called “window”, & more']);
  });

  it('collapses white space inside terms and leaves out empty context', () => {
    expect(textDirective({ pieces: ['  Vladimir\n  Putin '], prefix: ' ', suffix: '' })).toBe(':~:text=Vladimir%20Putin');
  });

  it('gives a long passage by its first words and its last words', () => {
    const passage = 'one two three four five six seven eight nine ten eleven twelve';
    expect(decodeTerms(textDirective({ pieces: [passage] }))).toEqual(['one two three four', 'nine ten eleven twelve']);
  });

  it('lengthens the end until no earlier place could end the match', () => {
    const passage = 'the war and the state said the war and the state again and the war and the state';
    const [start, end] = decodeTerms(textDirective({ pieces: [passage] }));
    expect(start).toBe('the war and the');
    // "war and the state" and "the war and the state" also occur after the start, earlier: a browser would stop there.
    expect(end).toBe('and the war and the state');
  });

  it('across paragraphs, starts in the first and ends in the last', () => {
    const directive = textDirective({ pieces: ['end of the first paragraph', 'a second one', 'and the start of the last'], prefix: 'at the' });
    expect(decodeTerms(directive)).toEqual(['at the-', 'end of the first', 'start of the last']);
  });

  it('across paragraphs, a short last piece is its end whole', () => {
    expect(decodeTerms(textDirective({ pieces: ['first words here', 'Two'] }))).toEqual(['first words here', 'Two']);
  });
});
