import { capitalised, countInWords } from '../text/in-words';

export const SITE_NAME = 'Crocus Reader';

export function siteDescription(pieceCount: number): string {
  const kept = pieceCount === 1 ? 'kept as a faithful copy and read with its' : 'kept as faithful copies and read with their';
  return `${capitalised(countInWords(pieceCount, 'piece'))} on the March 2024 terrorist attack on Crocus City Hall near Moscow, ${kept} claims annotated, checked and sourced.`;
}
