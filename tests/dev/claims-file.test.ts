import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendEntry, entryLines, replacePassage } from '../../src/dev/claims-file';

const FILE = `# Claims in a test piece.
# Comments like this one stay where they are.

# Paragraph 1
- id: test-first
  quote: 'the first words'
  type: opinion
  note: >-
    A note folded at a width the library would not choose, which a re-printed
    document would wrap differently.
  events: [crocus-attack]

- id: test-second   # a trailing comment
  quote: 'the second words'
  prefix: before
  type: factual
`;

const ENTRY = { id: 'test-third', quote: 'it’s “said”: here', type: 'figure', asOf: '2024-03-27', summary: 'One line.', sources: ['a-source', 'another'] };

describe('appendEntry', () => {
  it('adds the entry after a blank line and leaves every other byte as it was', () => {
    const result = appendEntry(FILE, ENTRY);
    expect(result.startsWith(FILE.trimEnd())).toBe(true);
    expect(result.slice(FILE.trimEnd().length)).toBe(
      `\n\n- id: test-third\n  quote: 'it’s “said”: here'\n  type: figure\n  asOf: "2024-03-27"\n  summary: One line.\n  sources: [a-source, another]\n`,
    );
    expect(parse(result)).toHaveLength(3);
  });

  it('writes into a file that holds only comments, or an empty list', () => {
    expect(appendEntry('# No claims yet.\n', { id: 'x', quote: 'y' })).toBe("# No claims yet.\n\n- id: x\n  quote: 'y'\n");
    expect(appendEntry('# Empty.\n[]\n', { id: 'x', quote: 'y' })).toBe("# Empty.\n- id: x\n  quote: 'y'\n");
    expect(appendEntry('', { id: 'x', quote: 'y' })).toBe("- id: x\n  quote: 'y'\n");
  });

  it('folds long text at the width the content files use', () => {
    const note = 'word '.repeat(40).trim();
    const result = appendEntry('', { id: 'x', note });
    expect(result).toMatch(/^ {2}note: >-\n/m);
    expect(Math.max(...result.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100);
    expect(parse(result)[0].note).toBe(note);
  });

  it('refuses a file that is not a list of entries, or not YAML', () => {
    expect(() => appendEntry('id: x\n', ENTRY)).toThrow('expected the file to hold a list of entries');
    expect(() => appendEntry('- id: [\n', ENTRY)).toThrow('the file is not valid YAML');
  });
});

describe('replacePassage', () => {
  it('rewrites the quote and its context where the quote was, and nothing else', () => {
    const result = replacePassage(FILE, 'test-second', { quote: 'the new words', suffix: 'after' });
    expect(result).toBe(FILE.replace("  quote: 'the second words'\n  prefix: before\n", "  quote: 'the new words'\n  suffix: 'after'\n"));
  });

  it('keeps a folded note exactly as written when it changes the quote before it', () => {
    const result = replacePassage(FILE, 'test-first', { quote: 'the first new words' });
    expect(result).toBe(FILE.replace("'the first words'", "'the first new words'"));
  });

  it('refuses an entry that is not there', () => {
    expect(() => replacePassage(FILE, 'test-none', { quote: 'x' })).toThrow('there is no entry "test-none"');
  });
});

describe('entryLines', () => {
  it('gives the line each entry starts on', () => {
    expect(entryLines(FILE)).toEqual(new Map([['test-first', 5], ['test-second', 13]]));
  });
});
