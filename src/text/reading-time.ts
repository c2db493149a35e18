import { words } from './fold';

/** A steady adult reading pace for considered prose, in words a minute. */
const WORDS_PER_MINUTE = 230;

export function wordCount(text: string): number {
  return words(text).length;
}

/** Whole minutes, at least one. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(wordCount(text) / WORDS_PER_MINUTE));
}
