import { describeDifference, findQuote, type QuoteSelector, type TextRange } from './quote-search';

/** A passage to find: its id (for messages) and how it is quoted. */
export interface QuoteToLocate extends QuoteSelector {
  id: string;
}

/** A block of the text (a paragraph) that a passage must stay within. */
export interface TextBlock extends TextRange {
  id: string;
}

/** A passage found: where it is, which block holds it, and W3C TextQuoteSelector context. */
export interface LocatedQuote {
  id: string;
  range: TextRange;
  block: string;
  exact: string;
  prefix: string;
  suffix: string;
}

/** Characters of context kept either side of a passage, as Hypothesis does. */
const CONTEXT_LENGTH = 32;

export class QuoteLocationError extends Error {
  constructor(
    readonly problems: string[],
    where: string,
  ) {
    super(`${where}: ${problems.length === 1 ? 'a passage could not be located' : `${problems.length} passages could not be located`}.\n\n${problems.join('\n\n')}\n`);
    this.name = 'QuoteLocationError';
  }
}

/**
 * Finds every quote in `text` and checks that each is found exactly once and stays
 * inside one block. Returns what was found and, for each failure, a message that
 * says what to fix; the caller decides whether failures stop the build.
 */
export function locateQuotes(
  text: string,
  blocks: readonly TextBlock[],
  quotes: readonly QuoteToLocate[],
  what: string,
): { located: LocatedQuote[]; problems: string[] } {
  const located: LocatedQuote[] = [];
  const problems: string[] = [];
  for (const item of quotes) {
    const label = `${what} "${item.id}"`;
    const result = findQuote(text, item);
    if (result.status === 'not-found') {
      problems.push(notFoundMessage(label, item, text, result.closest));
      continue;
    }
    if (result.status === 'ambiguous') {
      const places = result.ranges.map((range) => `  - …${excerpt(text, range)}…`).join('\n');
      problems.push(
        `${label}: the quote “${item.quote}” occurs ${result.ranges.length} times:\n${places}\n  Add a prefix or suffix (the words just before or after it) to say which one is meant.`,
      );
      continue;
    }
    const { range } = result;
    const block = blocks.find((candidate) => candidate.start <= range.start && range.end <= candidate.end);
    if (!block) {
      problems.push(`${label}: the quote “${item.quote}” runs across two paragraphs. Quote a passage within one paragraph.`);
      continue;
    }
    located.push({
      id: item.id,
      range,
      block: block.id,
      exact: text.slice(range.start, range.end),
      prefix: text.slice(Math.max(0, range.start - CONTEXT_LENGTH), range.start),
      suffix: text.slice(range.end, range.end + CONTEXT_LENGTH),
    });
  }
  return { located, problems };
}

/** In the order passages start; of two starting together, the longer (outer) first, so that marks nest. */
export function inDocumentOrder(located: readonly LocatedQuote[]): LocatedQuote[] {
  return [...located].sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
}

/** Pairs of passages that overlap without one containing the other: they cannot nest as marks. */
export function partialOverlaps(located: readonly LocatedQuote[], what: string): string[] {
  const sorted = inDocumentOrder(located);
  const problems: string[] = [];
  sorted.forEach((first, index) => {
    for (const second of sorted.slice(index + 1)) {
      if (second.range.start >= first.range.end) break;
      if (second.range.end > first.range.end) {
        problems.push(
          `${what} "${first.id}" and ${what} "${second.id}" overlap partly (“${first.exact}” / “${second.exact}”). ` +
            'Shorten one quote so that the two do not overlap, or so that one lies wholly inside the other.',
        );
      }
    }
  });
  return problems;
}

function notFoundMessage(label: string, item: QuoteSelector, text: string, closest: TextRange | undefined): string {
  const context = [item.prefix && `prefix “${item.prefix}”`, item.suffix && `suffix “${item.suffix}”`].filter(Boolean).join(' and ');
  const lines = [`${label}: the quote “${item.quote}”${context ? ` with ${context}` : ''} is not in the article.`];
  if (closest) {
    const passage = text.slice(closest.start, closest.end);
    lines.push(`  Closest passage: “${passage}”`);
    const differences = describeDifference(item.quote, passage);
    if (differences.length > 0) lines.push(...differences.map((difference) => `  - ${difference}`));
    else if (context) lines.push(`  - the words match there, but the ${context} do not`);
  }
  lines.push('  Quote the article word for word (quotes, dashes and spacing may differ in style).');
  return lines.join('\n');
}

function excerpt(text: string, range: TextRange): string {
  const before = text.slice(Math.max(0, range.start - 30), range.start).replace(/\s+/g, ' ');
  const after = text.slice(range.end, range.end + 30).replace(/\s+/g, ' ');
  return `${before}[${text.slice(range.start, range.end)}]${after}`;
}
