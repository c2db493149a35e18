import { locateQuotes } from '../annotate/locate-quotes';
import type { QuoteSelector, TextRange } from '../annotate/quote-search';
import { selectorFor } from '../links/passage-links';
import { words } from '../text/fold';
import type { Passage } from './selection';

/**
 * How a selected passage is written into a claims file: the quote in the text's
 * own words, with a prefix or suffix only when the words occur more than once
 * (the rule passage links follow), and checked the way the build will check it.
 */
export function selectorOf(text: string, paragraphs: readonly Passage[], range: TextRange, paragraph: Passage): QuoteSelector | { refused: string } {
  const selector = selectorFor(text, range, paragraph);
  const { located, problems } = locateQuotes(text, paragraphs, [{ id: 'selection', ...selector }], 'claim');
  if (problems.length > 0 || located[0]!.range.start !== range.start) {
    return { refused: `These words occur more than once, even with the words around them. Select a longer passage, so that it is found only here.` };
  }
  return selector;
}

/** Words left out of a suggested id: they say nothing about the claim. */
const FILLER = new Set(
  'a an and are as at be been but by for from had has have he her his in is it its of on or our she that the their them there they this to was we were which who will with'.split(' '),
);
const ID_WORDS = 4;

export interface IdContext {
  articleId: string;
  /** The ids of the article's claims, whose first word the new id shares ("economist-", "post-"). */
  articleClaimIds: readonly string[];
  /** Whether an id is used by a claim or was ever published. */
  isTaken(id: string): boolean;
}

/**
 * A readable id for a claim on `quote`: the article's claim prefix and the quote's
 * first telling words ("post-us-officials-identified-likely"), numbered when that is
 * taken.
 */
export function suggestClaimId(quote: string, { articleId, articleClaimIds, isTaken }: IdContext): string {
  const stem = [claimPrefix(articleId, articleClaimIds), ...telling(quote)].join('-');
  if (!isTaken(stem)) return stem;
  for (let number = 2; ; number++) if (!isTaken(`${stem}-${number}`)) return `${stem}-${number}`;
}

function telling(quote: string): string[] {
  const all = words(quote).filter((word) => /^[a-z0-9]+$/.test(word));
  const chosen = all.filter((word) => !FILLER.has(word)).slice(0, ID_WORDS);
  return chosen.length > 0 ? chosen : all.slice(0, ID_WORDS);
}

/** The first word most of the article's claim ids start with; the article id's own first word when it has none. */
function claimPrefix(articleId: string, claimIds: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const id of claimIds) {
    const first = id.split('-')[0]!;
    counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  const [common] = [...counts].sort((a, b) => b[1] - a[1]);
  return common?.[0] ?? articleId.split('-')[0]!;
}
