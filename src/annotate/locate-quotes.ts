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

/**
 * A passage that could not be located: whose it is, the message that says what to
 * fix, and for a quote not found, the nearest passage and how it differs.
 */
export interface QuoteProblem {
  id: string;
  /** The quote as written, to be found again. */
  quote: string;
  message: string;
  closest?: { range: TextRange; passage: string; differences: string[] } | undefined;
}

/** Characters of context kept either side of a passage, as Hypothesis does. */
const CONTEXT_LENGTH = 32;

export class QuoteLocationError extends Error {
  constructor(
    readonly problems: QuoteProblem[],
    /** The file to fix, named first in the message. */
    readonly where: string,
  ) {
    const messages = problems.map((problem) => problem.message);
    super(`${where}: ${problems.length === 1 ? 'a passage could not be located' : `${problems.length} passages could not be located`}.\n\n${messages.join('\n\n')}\n`);
    this.name = 'QuoteLocationError';
  }

  /** Several files' problems as one error: each file's, in the order they were found, under its name. */
  static together(errors: readonly QuoteLocationError[]): Error {
    const byFile = new Map<string, QuoteProblem[]>();
    for (const error of errors) byFile.set(error.where, [...(byFile.get(error.where) ?? []), ...error.problems]);
    const each = [...byFile].map(([where, problems]) => new QuoteLocationError(problems, where));
    return each.length === 1 ? each[0]! : new Error(each.map((error) => error.message).join('\n'));
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
  /** What the text is, in messages: "the article", "the headline". */
  where = 'the article',
): { located: LocatedQuote[]; problems: QuoteProblem[] } {
  const located: LocatedQuote[] = [];
  const problems: QuoteProblem[] = [];
  for (const item of quotes) {
    const label = `${what} "${item.id}"`;
    const result = findQuote(text, item);
    if (result.status === 'not-found') {
      problems.push(notFound(label, item, text, result.closest, where));
      continue;
    }
    if (result.status === 'ambiguous') {
      const places = result.ranges.map((range) => `  - …${excerpt(text, range)}…`).join('\n');
      problems.push({
        id: item.id,
        quote: item.quote,
        message: `${label}: the quote “${item.quote}” occurs ${result.ranges.length} times in ${where}:\n${places}\n  Add a prefix or suffix (the words just before or after it) to say which one is meant.`,
      });
      continue;
    }
    const { range } = result;
    const block = blocks.find((candidate) => candidate.start <= range.start && range.end <= candidate.end);
    if (!block) {
      problems.push({ id: item.id, quote: item.quote, message: `${label}: the quote “${item.quote}” runs across two paragraphs. Quote a passage within one paragraph.` });
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

/**
 * Pairs of passages that overlap without one containing the other: they cannot nest
 * as marks. Each problem belongs to the later passage of the pair.
 */
export function partialOverlaps(located: readonly LocatedQuote[], what: string): QuoteProblem[] {
  const sorted = inDocumentOrder(located);
  const problems: QuoteProblem[] = [];
  sorted.forEach((first, index) => {
    for (const second of sorted.slice(index + 1)) {
      if (second.range.start >= first.range.end) break;
      if (second.range.end > first.range.end) {
        problems.push({
          id: second.id,
          quote: second.exact,
          message:
            `${what} "${first.id}" and ${what} "${second.id}" overlap partly (“${first.exact}” / “${second.exact}”). ` +
            'Shorten one quote so that the two do not overlap, or so that one lies wholly inside the other.',
        });
      }
    }
  });
  return problems;
}

function notFound(label: string, item: QuoteToLocate, text: string, range: TextRange | undefined, where: string): QuoteProblem {
  const context = [item.prefix && `prefix “${item.prefix}”`, item.suffix && `suffix “${item.suffix}”`].filter(Boolean).join(' and ');
  const lines = [`${label}: the quote “${item.quote}”${context ? ` with ${context}` : ''} is not in ${where}.`];
  let closest: QuoteProblem['closest'];
  if (range) {
    const passage = text.slice(range.start, range.end);
    const words = describeDifference(item.quote, passage);
    const differences = words.length === 0 && context ? [`the words match there, but the ${context} do not`] : words;
    closest = { range, passage, differences };
    lines.push(`  Closest passage: “${passage}”`, ...differences.map((difference) => `  - ${difference}`));
  }
  lines.push(`  Quote ${where} word for word (quotes, dashes and spacing may differ in style).`);
  return { id: item.id, quote: item.quote, message: lines.join('\n'), closest };
}

function excerpt(text: string, range: TextRange): string {
  const before = text.slice(Math.max(0, range.start - 30), range.start).replace(/\s+/g, ' ');
  const after = text.slice(range.end, range.end + 30).replace(/\s+/g, ' ');
  return `${before}[${text.slice(range.start, range.end)}]${after}`;
}
