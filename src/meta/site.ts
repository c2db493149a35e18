import { capitalised, countInWords } from '../text/in-words';

export const SITE_NAME = 'Crocus Reader';
/** The language the site itself is written in (British English); an article page is in its article's. */
export const SITE_LANGUAGE = 'en-GB';

export function siteDescription(pieceCount: number): string {
  const kept = pieceCount === 1 ? 'kept as a faithful copy and read with its' : 'kept as faithful copies and read with their';
  return `${capitalised(countInWords(pieceCount, 'piece'))} on the March 2024 terrorist attack on Crocus City Hall near Moscow, ${kept} claims annotated, checked and sourced.`;
}
