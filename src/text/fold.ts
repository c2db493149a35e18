/**
 * Text folding shared by anchoring, paragraph ids and search: the same words must
 * compare equal whether they were typed with straight or curly quotes, any dash,
 * accents or runs of white space.
 */

const QUOTE_FOLDS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'", '\u0060': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...',
  '\u00A0': ' ', '\u2009': ' ', '\u202F': ' ', '\u2007': ' ',
};

const FOLDABLE = new RegExp(`[${Object.keys(QUOTE_FOLDS).join('')}]`, 'g');

/** Replaces typographic quotes, dashes, ellipses and special spaces with plain ASCII. */
export function foldPunctuation(text: string): string {
  return text.replace(FOLDABLE, (char) => QUOTE_FOLDS[char] ?? char);
}

/** Removes diacritics: "Sergéyeva" → "Sergeyeva". */
function stripDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** Lower-case words made only of letters and digits, in order. */
export function words(text: string): string[] {
  return stripDiacritics(foldPunctuation(text))
    .toLowerCase()
    .replace(/['"]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

