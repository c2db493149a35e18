import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit, type Pair, type YAMLMap } from 'yaml';
import type { QuoteSelector } from '../annotate/quote-search';

/**
 * Edits a YAML list of entries (a claims file, people.yaml) as an editor would:
 * the new text goes in where it belongs and nothing else moves. Re-printing the
 * whole document would re-wrap every folded note in the file, so the Document API
 * is used to find the nodes and to print the new ones, and the text is changed
 * only there. Each edit parses its result again and refuses it unless it says
 * exactly what was meant and nothing more.
 */

const PASSAGE_KEYS = ['quote', 'prefix', 'suffix'] as const;
/** The width the content files are wrapped at. */
const LINE_WIDTH = 100;

/** The line (1-based) where each entry of a list starts, by id. */
export function entryLines(source: string): Map<string, number> {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter });
  const lines = new Map<string, number>();
  if (!isSeq(document.contents)) return lines;
  for (const item of document.contents.items) {
    const id = isMap(item) ? item.get('id') : undefined;
    if (typeof id === 'string' && item.range) lines.set(id, lineCounter.linePos(item.range[0]).line);
  }
  return lines;
}

/** `source` with `entry` added at the end of its list, after a blank line. */
export function appendEntry(source: string, entry: Record<string, unknown>): string {
  const document = parsed(source);
  const printed = printedYaml([entry]);
  const contents = document.contents;
  let result: string;
  if (contents === null) result = `${source.trimEnd()}${source.trim() ? '\n\n' : ''}${printed}`;
  else if (isSeq(contents) && !contents.flow) result = `${source.trimEnd()}\n\n${printed}`;
  else if (isSeq(contents) && contents.items.length === 0 && contents.range) {
    result = `${source.slice(0, contents.range[0])}${printed}${source.slice(contents.range[1]).replace(/^\s*\n/, '')}`;
  } else throw new Error('expected the file to hold a list of entries, each line starting "- id: …"');
  return checked(result, [...listOf(document), entry]);
}

/** `source` with the passage (quote, prefix, suffix) of entry `id` replaced by `selector`, where its quote was. */
export function replacePassage(source: string, id: string, selector: QuoteSelector): string {
  const document = parsed(source);
  const entry = entryNode(document, id);
  const pairs = PASSAGE_KEYS.flatMap((key) => entry.items.filter((pair) => isScalar(pair.key) && pair.key.value === key));
  const quotePair = pairs.find((pair) => (pair.key as Scalar).value === 'quote');
  if (!quotePair) throw new Error(`the entry "${id}" has no quote`);
  const spans = pairs.map((pair) => lineSpan(source, pair)).sort((a, b) => b.start - a.start);
  const [indentStart, keyStart] = [lineStart(source, (quotePair.key as Scalar).range![0]), (quotePair.key as Scalar).range![0]];
  const indent = ' '.repeat(keyStart - indentStart);
  const passage = printedYaml(passageFields(selector))
    .trimEnd()
    .split('\n')
    .map((line) => `${indent}${line}`)
    .join('\n');
  let result = source;
  for (const span of spans) result = result.slice(0, span.start) + (span.start === indentStart ? `${passage}\n` : '') + result.slice(span.end);
  const expected = listOf(document).map((item) => (item.id === id ? replaced(item, selector) : item));
  return checked(result, expected);
}

/** An entry as `appendEntry` writes it. */
export function printedEntry(entry: Record<string, unknown>): string {
  return printedYaml([entry]);
}

/** The passage fields in the order the files write them, without empty context. */
export function passageFields(selector: QuoteSelector): Record<string, string> {
  return Object.fromEntries(PASSAGE_KEYS.flatMap((key) => (selector[key] ? [[key, selector[key]]] : [])));
}

function replaced(item: Record<string, unknown>, selector: QuoteSelector): Record<string, unknown> {
  const rest = Object.fromEntries(Object.entries(item).filter(([key]) => !(PASSAGE_KEYS as readonly string[]).includes(key)));
  return { ...rest, ...passageFields(selector) };
}

/** Entries as the files write them: quotes in single quotes, dates in double quotes, id lists on one line, long text folded. */
function printedYaml(value: unknown): string {
  const document = new Document(value);
  visit(document, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isScalar(pair.value) && (PASSAGE_KEYS as readonly string[]).includes(key)) pair.value.type = Scalar.QUOTE_SINGLE;
    },
    Scalar(_, node) {
      if (typeof node.value !== 'string' || node.type) return;
      if (/^\d{4}-\d{2}-\d{2}$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
      else if (node.value.includes('\n') || node.value.length > LINE_WIDTH - 20) node.type = Scalar.BLOCK_FOLDED;
    },
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item)) && node !== document.contents) node.flow = true;
    },
  });
  return document.toString({ lineWidth: LINE_WIDTH, minContentWidth: 40, flowCollectionPadding: false });
}

function parsed(source: string): Document {
  const document = parseDocument(source);
  if (document.errors.length > 0) throw new Error(`the file is not valid YAML: ${document.errors[0]!.message}`);
  return document;
}

function listOf(document: Document): Record<string, unknown>[] {
  return (document.toJS() as Record<string, unknown>[] | null) ?? [];
}

function entryNode(document: Document, id: string): YAMLMap {
  const found = isSeq(document.contents) ? document.contents.items.find((item) => isMap(item) && item.get('id') === id) : undefined;
  if (!isMap(found)) throw new Error(`there is no entry "${id}" in the file`);
  return found;
}

/** Refuses an edit whose text, read back, is not exactly the entries meant. */
function checked(result: string, expected: unknown[]): string {
  const reread = parseDocument(result);
  if (reread.errors.length > 0 || !isDeepStrictEqual(reread.toJS() ?? [], expected)) {
    throw new Error('the edit would have changed more than the entry it writes; nothing was written');
  }
  return result.endsWith('\n') ? result : `${result}\n`;
}

function lineStart(source: string, at: number): number {
  return source.lastIndexOf('\n', at - 1) + 1;
}

/** The whole lines a key and its value take. */
function lineSpan(source: string, pair: Pair): { start: number; end: number } {
  const start = lineStart(source, (pair.key as Scalar).range![0]);
  const valueEnd = (pair.value as Scalar).range![1];
  if (source[valueEnd - 1] === '\n') return { start, end: valueEnd };
  const newline = source.indexOf('\n', valueEnd);
  return { start, end: newline === -1 ? source.length : newline + 1 };
}
