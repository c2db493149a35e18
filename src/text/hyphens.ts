/** U+2011 NON-BREAKING HYPHEN: looks like "-", but a line never breaks at it. */
export const NON_BREAKING_HYPHEN = '\u2011';

/**
 * A hyphen that ties an abbreviation to a short tail ("ISIS-K", "COVID-19") is made
 * non-breaking for display, so no line ends in "ISIS-" with the "K" on the next.
 * Only for rendering: content keeps its plain hyphens, and search folds both alike.
 */
export function keepHyphenatedTogether(text: string): string {
  return text.replace(/(?<=\b\p{Lu}{2,})-(?=[\p{Lu}\d]{1,2}\b)/gu, NON_BREAKING_HYPHEN);
}
