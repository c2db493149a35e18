import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { insertAfter, paragraphRanges, textOf, wrapTextRange } from '../../src/annotate/hast-text-ranges';

const mark = (id: string) => (segment: number) => h('mark', { dataId: id, dataSegment: segment });

describe('wrapTextRange', () => {
  it('wraps a range inside one text node', () => {
    const tree = h(null, [h('p', 'Three days later gunmen attacked.')]);
    wrapTextRange(tree, { start: 17, end: 32 }, mark('a'));
    expect(toHtml(tree)).toBe('<p>Three days later <mark data-id="a" data-segment="0">gunmen attacked</mark>.</p>');
  });

  it('keeps a wholly covered inline element inside one mark', () => {
    const tree = h(null, [h('p', ['Few ', h('em', 'Russian'), ' leaders'])]);
    wrapTextRange(tree, { start: 0, end: 19 }, mark('a'));
    expect(toHtml(tree)).toBe('<p><mark data-id="a" data-segment="0">Few <em>Russian</em> leaders</mark></p>');
  });

  it('splits into segments where a range ends inside an element', () => {
    const tree = h(null, [h('p', ['Few ', h('a', { href: '#x' }, 'Russian leaders'), ' apart'])]);
    const segments = wrapTextRange(tree, { start: 0, end: 11 }, mark('a'));
    expect(segments).toHaveLength(2);
    expect(toHtml(tree)).toBe(
      '<p><mark data-id="a" data-segment="0">Few </mark><a href="#x"><mark data-id="a" data-segment="1">Russian</mark> leaders</a> apart</p>',
    );
    expect(textOf(tree)).toBe('Few Russian leaders apart');
  });

  it('nests a later range inside an earlier one, even when they are equal', () => {
    const tree = h(null, [h('p', 'one two three')]);
    wrapTextRange(tree, { start: 0, end: 13 }, mark('outer'));
    wrapTextRange(tree, { start: 4, end: 7 }, mark('inner'));
    wrapTextRange(tree, { start: 0, end: 13 }, mark('same'));
    expect(toHtml(tree)).toBe(
      '<p><mark data-id="outer" data-segment="0"><mark data-id="same" data-segment="0">one <mark data-id="inner" data-segment="0">two</mark> three</mark></mark></p>',
    );
  });

  it('leaves empty elements at the edges outside the mark', () => {
    const tree = h(null, [h('p', [h('a', { href: '#p' }), 'Text here'])]);
    wrapTextRange(tree, { start: 0, end: 4 }, mark('a'));
    expect(toHtml(tree)).toBe('<p><a href="#p"></a><mark data-id="a" data-segment="0">Text</mark> here</p>');
  });
});

describe('paragraphRanges and insertAfter', () => {
  it('lists paragraphs with their text offsets and inserts next to a node', () => {
    const first = h('p', { id: 'p-one' }, 'One.');
    const tree = h(null, [first, { type: 'text', value: '\n' }, h('p', { id: 'p-two' }, 'Two.')]);
    expect(paragraphRanges(tree)).toEqual([
      { id: 'p-one', start: 0, end: 4 },
      { id: 'p-two', start: 5, end: 9 },
    ]);
    insertAfter(tree, first, h('hr'));
    expect(toHtml(tree)).toBe('<p id="p-one">One.</p><hr>\n<p id="p-two">Two.</p>');
  });
});
