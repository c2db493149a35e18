/**
 * Text fragments (`#:~:text=`, the WICG "URL Fragment Text Directives"): a browser
 * that supports them scrolls to the passage and highlights it, whatever the page's
 * markup. Each term must match whole words, and no term may cross a paragraph, so
 * a passage is given as the pieces of it that lie in each paragraph it touches.
 */

export interface PassagePieces {
  /** The passage's text within each paragraph it touches, in order; usually one. */
  pieces: readonly string[];
  /** A few words just before the passage, in the same paragraph, to tell repeats apart. */
  prefix?: string | undefined;
  /** A few words just after it. */
  suffix?: string | undefined;
}

/** Up to this many words a passage is quoted whole; beyond, by its first and last words. */
const WHOLE_QUOTE_WORDS = 10;
/** How many words the start and (at least) the end of a long passage are given by. */
const EDGE_WORDS = 4;

/** `-`, `,` and `&` are the directive's own syntax, so they are escaped in terms. */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

const wordsOf = (text: string) => text.trim().split(/\s+/).filter(Boolean);

/**
 * The directive for a passage, e.g. `:~:text=as%20well-,the%20quote,-and%20after`:
 * the whole passage when it is short and within one paragraph, otherwise its first
 * words and the shortest run of last words that cannot end the match early.
 */
export function textDirective({ pieces, prefix, suffix }: PassagePieces): string {
  const [first = [], ...rest] = pieces.map((piece) => wordsOf(piece));
  const last = rest.at(-1) ?? first;
  const terms: string[] = [];
  if (prefix?.trim()) terms.push(`${encodeTerm(wordsOf(prefix).join(' '))}-`);
  if (rest.length === 0 && first.length <= WHOLE_QUOTE_WORDS) {
    terms.push(encodeTerm(first.join(' ')));
  } else {
    const startWords = Math.min(EDGE_WORDS, rest.length === 0 ? first.length - EDGE_WORDS : first.length);
    terms.push(encodeTerm(first.slice(0, startWords).join(' ')));
    const afterStart = [...first.slice(startWords), ...rest.flat()];
    terms.push(encodeTerm(uniqueEnding(afterStart, rest.length === 0 ? afterStart.length : last.length).join(' ')));
  }
  if (suffix?.trim()) terms.push(`-${encodeTerm(wordsOf(suffix).join(' '))}`);
  return `:~:text=${terms.join(',')}`;
}

/**
 * A browser ends a start-to-end match at the first place the end words occur after
 * the start, so the end is the shortest run of last words (at most `longest`: it
 * must stay in the last paragraph) that occurs nowhere earlier.
 */
function uniqueEnding(words: readonly string[], longest: number): readonly string[] {
  const text = ` ${words.join(' ').toLocaleLowerCase()} `;
  for (let length = Math.min(EDGE_WORDS, longest); length < longest; length++) {
    const ending = ` ${words.slice(-length).join(' ').toLocaleLowerCase()} `;
    if (text.indexOf(ending) === text.length - ending.length) return words.slice(-length);
  }
  return words.slice(-longest);
}
