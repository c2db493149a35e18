import type { Page } from 'playwright-core';

/**
 * Measures of how an article page reads, run in the page: what share of the body's
 * characters sit inside a highlight a reader can see, and how many Tab stops there
 * are and what they belong to. The same functions give the figures in docs/reading.md.
 */
export interface ReadingMeasures {
  /** Characters of #article-body inside a visibly highlighted claim, over all its characters. */
  highlightedShare: number;
  /** Claims whose highlight is shown. */
  visibleClaims: number;
  /** Tab stops in the body, by what they are. */
  tabStops: { claims: number; pins: number; paragraphs: number; editorial: number; other: number };
  /** For each visible claim, the Tab stops that are its own (its marks and markers). */
  stopsPerClaim: Record<string, number>;
}

export function readingMeasures(page: Page): Promise<ReadingMeasures> {
  return page.evaluate(() => {
    const body = document.getElementById('article-body')!;
    const highlighted = (mark: Element) => {
      const style = getComputedStyle(mark);
      return style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.textDecorationLine.includes('underline');
    };
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let all = 0;
    let marked = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = (node as Text).data.length;
      all += length;
      let element = node.parentElement;
      while (element && element !== body && !(element.matches('mark.claim') && highlighted(element))) element = element.parentElement;
      if (element && element !== body) marked += length;
    }
    const visibleClaims = new Set([...body.querySelectorAll<HTMLElement>('mark.claim')].filter(highlighted).map((mark) => mark.dataset.claim!));
    const stops = [...body.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [tabindex]')].filter(
      (element) => element.tabIndex >= 0 && element.checkVisibility(),
    );
    const stopsPerClaim = Object.fromEntries([...visibleClaims].map((id) => [id, stops.filter((stop) => stop.dataset.claim === id).length]));
    const kinds = { 'event-pin': 'pins', 'paragraph-permalink': 'paragraphs', 'editorial-marker': 'editorial' } as const;
    const kind = (stop: HTMLElement) => (stop.dataset.claim ? 'claims' : (Object.entries(kinds).find(([name]) => stop.classList.contains(name))?.[1] ?? 'other'));
    const tabStops = { claims: 0, pins: 0, paragraphs: 0, editorial: 0, other: 0 };
    for (const stop of stops) tabStops[kind(stop)]++;
    return { highlightedShare: marked / all, visibleClaims: visibleClaims.size, tabStops, stopsPerClaim };
  });
}

/** Where the first line of the body's text starts and ends, in page coordinates, and the page's height. */
export function firstLine(page: Page): Promise<{ top: number; bottom: number; pageHeight: number }> {
  return page.evaluate(() => {
    const paragraph = document.querySelector('#article-body > p')!;
    const text = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT).nextNode()!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const box = range.getBoundingClientRect();
    const line = parseFloat(getComputedStyle(paragraph).lineHeight);
    return { top: box.top + window.scrollY, bottom: box.top + window.scrollY + line, pageHeight: document.documentElement.scrollHeight };
  });
}
