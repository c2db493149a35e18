import { expect, it } from 'vitest';
import { describeInBrowser, openPage, PHONE, useChromium, useContexts } from '../support/chromium';

describeInBrowser('abbreviations with a short tail', () => {
  const browser = useChromium();
  const contextFor = useContexts(browser);

  it.each([320, 375, 414, 768, 1366])('“ISIS-K” never breaks across lines on the timeline at %i px', async (width) => {
    const context = await contextFor({ ...PHONE, viewport: { width, height: 800 } });
    const { page } = await openPage(context, '/timeline/');
    const found = await page.evaluate(() => {
      const spans: { lines: number; text: string }[] = [];
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (const match of node.data.matchAll(/ISIS.K\b/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.top)));
          spans.push({ lines: tops.size, text: match[0] });
        }
      }
      return spans;
    });
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((span) => span.lines > 1)).toEqual([]);
    // Shown with a non-breaking hyphen; content keeps its plain one, and search folds both alike.
    expect(found.every((span) => span.text === 'ISIS\u2011K')).toBe(true);
  });
});
