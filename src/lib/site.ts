import { capitalised, countInWords } from './in-words';

export const SITE_NAME = 'Crocus Reader';

export function siteDescription(pieceCount: number): string {
  return `${capitalised(countInWords(pieceCount, 'piece'))} on the March 2024 terrorist attack on Crocus City Hall near Moscow, kept as faithful copies and read with their claims annotated, checked and sourced.`;
}
