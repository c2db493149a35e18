import { describe, expect, it } from 'vitest';
import { locateQuotes, partialOverlaps } from '../../src/annotate/locate-quotes';

const TEXT = 'As The Economist went to press, the death toll had reached 139 people.\nMr Putin said so. Mr Putin said so.';
const BLOCKS = [
  { id: 'p-one', start: 0, end: 70 },
  { id: 'p-two', start: 71, end: TEXT.length },
];

describe('locateQuotes', () => {
  it('records the block and about 32 characters of context either side', () => {
    const { located, problems } = locateQuotes(TEXT, BLOCKS, [{ id: 'toll', quote: 'the death toll had reached 139 people' }], 'claim');
    expect(problems).toEqual([]);
    expect(located[0]).toMatchObject({
      id: 'toll',
      block: 'p-one',
      exact: 'the death toll had reached 139 people',
      prefix: 'As The Economist went to press, ',
      suffix: '.\nMr Putin said so. Mr Putin sai',
    });
  });

  it('explains a quote that is not found, with the closest passage and how it differs', () => {
    const { problems } = locateQuotes(TEXT, BLOCKS, [{ id: 'toll', quote: 'the death toll had risen to 139 people' }], 'claim');
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem!.id).toBe('toll');
    expect(problem!.message).toContain('claim "toll": the quote “the death toll had risen to 139 people” is not in the article.');
    expect(problem!.message).toContain('Closest passage: “the death toll had reached 139 people.”');
    expect(problem!.message).toContain('“risen to” in the quote is “reached” in the text');
    expect(problem!.closest).toEqual({
      range: { start: 32, end: 70 },
      passage: 'the death toll had reached 139 people.',
      differences: ['“risen to” in the quote is “reached” in the text', '“people” in the quote is “people.” in the text'],
    });
  });

  it('says when the words are found but the prefix or suffix is not', () => {
    const { problems } = locateQuotes(TEXT, BLOCKS, [{ id: 'went', quote: 'The Economist went', prefix: 'As Reuters' }], 'claim');
    expect(problems[0]!.closest).toMatchObject({ passage: 'The Economist went', differences: ['the words match there, but the prefix “As Reuters” do not'] });
  });

  it('lists each place an ambiguous quote occurs and asks for a prefix or suffix', () => {
    const { problems } = locateQuotes(TEXT, BLOCKS, [{ id: 'said', quote: 'Mr Putin said so' }], 'claim');
    expect(problems[0]!.message).toContain('occurs 2 times');
    expect(problems[0]!.message).toContain('Add a prefix or suffix');
    expect(problems[0]!.closest).toBeUndefined();
  });

  it('refuses a quote that runs across two paragraphs', () => {
    const { problems } = locateQuotes(TEXT, BLOCKS, [{ id: 'both', quote: '139 people. Mr Putin' }], 'claim');
    expect(problems[0]).toMatchObject({ id: 'both', message: expect.stringContaining('runs across two paragraphs') });
  });
});

describe('partialOverlaps', () => {
  it('accepts nesting and reports partial overlap, naming both, as a problem of the later passage', () => {
    const { located } = locateQuotes(
      TEXT,
      BLOCKS,
      [
        { id: 'outer', quote: 'the death toll had reached 139 people' },
        { id: 'inner', quote: '139 people' },
        { id: 'crossing', quote: 'went to press, the death toll' },
      ],
      'claim',
    );
    const problems = partialOverlaps(located, 'claim');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('claim "crossing" and claim "outer" overlap partly');
    expect(problems[0]!.id).toBe('outer');
  });
});
