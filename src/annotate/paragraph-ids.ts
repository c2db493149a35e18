import { paragraphAnchor } from '../routes';
import { words } from '../text/fold';

/** How many leading words name a paragraph when they are enough to tell it apart. */
const LEADING_WORDS = 6;

/**
 * Gives each paragraph an id made from its own leading words, so an id survives
 * paragraphs being added, removed or reordered around it. Paragraphs that share
 * their leading words take more words until they differ; identical paragraphs are
 * numbered in document order (their words cannot tell them apart).
 */
export function paragraphIds(texts: readonly string[]): string[] {
  const wordLists = texts.map((text) => {
    const list = words(text);
    return list.length > 0 ? list : ['empty'];
  });
  const lengths = wordLists.map((list) => Math.min(LEADING_WORDS, list.length));

  // Lengthen colliding ids together, so neither keeps an id that depends on which came first.
  for (;;) {
    const groups = groupBy(wordLists.map((list, index) => slug(list, lengths[index]!)));
    let lengthened = false;
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      for (const index of members) {
        if (lengths[index]! < wordLists[index]!.length) {
          lengths[index]! += 1;
          lengthened = true;
        }
      }
    }
    if (!lengthened) break;
  }

  const seen = new Map<string, number>();
  return wordLists.map((list, index) => {
    const base = paragraphAnchor(slug(list, lengths[index]!));
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

function slug(list: readonly string[], length: number): string {
  return list.slice(0, length).join('-');
}

function groupBy(keys: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((key, index) => {
    const members = groups.get(key);
    if (members) members.push(index);
    else groups.set(key, [index]);
  });
  return groups;
}
