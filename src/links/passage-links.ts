import { containsWord, findQuote, joinsWord, type QuoteSelector, type TextRange } from '../annotate/quote-search';

/**
 * Links to any passage of an article. A passage link carries the passage twice: as
 * a text fragment for the browser, and as the site's own `?quote=` (with `prefix`
 * and `suffix` only when the words repeat), which the site finds again by its text,
 * whatever the markup around it has become, in browsers without text fragments.
 */

/** Longer values are not a passage anyone selected; they are ignored, not searched. */
export const MAX_QUOTE_LENGTH = 2000;
const MAX_CONTEXT_LENGTH = 200;
/** Words of context either side, when a passage needs telling apart. */
const CONTEXT_WORDS = 3;

/**
 * Widens a selection of `text` to whole words (a browser matches text fragments on
 * word boundaries) and trims white space. Undefined when it holds no word at all.
 */
export function snapToWords(text: string, range: TextRange): TextRange | undefined {
  let { start, end } = range;
  while (joinsWord(text, start)) start--;
  while (joinsWord(text, end)) end++;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return containsWord(text.slice(start, end)) ? { start, end } : undefined;
}

/** Up to `count` words of `text` just before `at`, not reaching back before `limit`. */
export function wordsBefore(text: string, at: number, limit: number, count = CONTEXT_WORDS): string {
  return text.slice(limit, at).trim().split(/\s+/).slice(-count).join(' ');
}

/** Up to `count` words of `text` just after `at`, not reaching past `limit`. */
export function wordsAfter(text: string, at: number, limit: number, count = CONTEXT_WORDS): string {
  return text.slice(at, limit).trim().split(/\s+/).slice(0, count).join(' ');
}

/**
 * The shortest selector that finds exactly `range` in `text`: the quote alone when
 * its words occur once, with a few words of context (from within `context`, the
 * paragraphs it lies in) when they repeat.
 */
export function selectorFor(text: string, range: TextRange, context: TextRange): QuoteSelector {
  const quote = text.slice(range.start, range.end);
  const prefix = wordsBefore(text, range.start, context.start) || undefined;
  const suffix = wordsAfter(text, range.end, context.end) || undefined;
  const candidates: QuoteSelector[] = [{ quote }, { quote, prefix }, { quote, suffix }, { quote, prefix, suffix }];
  const unique = candidates.find((candidate) => {
    const result = findQuote(text, candidate);
    return result.status === 'found' && result.range.start === range.start;
  });
  return withoutEmpty(unique ?? { quote, prefix, suffix });
}

function withoutEmpty(selector: QuoteSelector): QuoteSelector {
  return {
    quote: selector.quote,
    ...(selector.prefix ? { prefix: selector.prefix } : {}),
    ...(selector.suffix ? { suffix: selector.suffix } : {}),
  };
}

/**
 * The link to a passage: the page, the `?quote=` fallback, then in the hash the id of
 * the paragraph it starts in (where to land when the words have changed) and the
 * text directive.
 */
export function passageUrl(page: string, selector: QuoteSelector, fragmentId: string, directive: string): string {
  const url = new URL(page);
  url.hash = '';
  url.search = new URLSearchParams(Object.entries(withoutEmpty(selector)) as [string, string][]).toString();
  return `${url.href}#${fragmentId}${directive}`;
}

/**
 * The passage a URL's query asks for, if any. Values come from anyone: they are only
 * ever searched for as text, and overlong ones are ignored.
 */
export function passageFromQuery(search: string): QuoteSelector | undefined {
  const params = new URLSearchParams(search);
  const quote = params.get('quote')?.trim();
  if (!quote || quote.length > MAX_QUOTE_LENGTH) return undefined;
  const context = (name: 'prefix' | 'suffix') => {
    const value = params.get(name)?.trim();
    return value && value.length <= MAX_CONTEXT_LENGTH ? value : undefined;
  };
  return withoutEmpty({ quote, prefix: context('prefix'), suffix: context('suffix') });
}
