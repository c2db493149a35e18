/**
 * Numbers and lists as running text, so that what pages say about the pieces
 * follows content/ ("the two pieces", "The Economist and The Washington Post").
 */

const SMALL_NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "two pieces", "one piece", "13 pieces". */
export function countInWords(count: number, noun: string, plural = `${noun}s`): string {
  return `${SMALL_NUMBERS[count] ?? String(count)} ${count === 1 ? noun : plural}`;
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "the piece" when there is one, "the two pieces" otherwise. */
export function theCounted(count: number, noun: string, plural = `${noun}s`): string {
  return count === 1 ? `the ${noun}` : `the ${countInWords(count, noun, plural)}`;
}

/** A filter's "any of them" choice: "Either piece" when there are two, "The piece" when one. */
export function anyOf(count: number, noun: string): string {
  if (count === 1) return `The ${noun}`;
  return `${count === 2 ? 'Either' : 'Any'} ${noun}`;
}

/** "Both pieces" when there are two, "All three pieces" when more, "The piece" when one. */
export function allOf(count: number, noun: string, plural = `${noun}s`): string {
  if (count === 1) return `The ${noun}`;
  return count === 2 ? `Both ${plural}` : `All ${countInWords(count, noun, plural)}`;
}
