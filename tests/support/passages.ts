import type { Page } from 'playwright-core';

/** Selects `words` (their first occurrence) inside the element matching `selector`, as a reader dragging across them would. */
export async function selectWords(page: Page, selector: string, words: string): Promise<void> {
  await page.locator(selector).evaluate((root, wanted) => {
    const start = (root.textContent ?? '').indexOf(wanted);
    if (start === -1) throw new Error(`“${wanted}” is not in ${root.id}`);
    const end = start + wanted.length;
    const range = document.createRange();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (start >= seen && start < seen + node.length) range.setStart(node, start - seen);
      if (end > seen && end <= seen + node.length) range.setEnd(node, end - seen);
      seen += node.length;
    }
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, words);
}

/** The text the page highlights as the passage a link arrived at (CSS Custom Highlight, or the fallback marks). */
export function highlightedPassage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const highlight = typeof CSS !== 'undefined' && CSS.highlights ? CSS.highlights.get('arrival') : undefined;
    if (highlight) return [...highlight].map((range) => range.toString()).join('');
    return [...document.querySelectorAll('mark.arrival-passage')].map((mark) => mark.textContent).join('');
  });
}

/** Whether the element's box is (at least partly) inside the viewport. */
export function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
  });
}

/** A link copied from the site (its canonical address) moved onto the server a test is using. */
export function onServer(link: string, siteUrl: string): string {
  const url = new URL(link);
  return `${new URL(url.pathname, siteUrl).href}${url.search}${url.hash}`;
}
