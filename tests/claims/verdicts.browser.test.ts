import { expect, it } from 'vitest';
import { CLAIM_TYPES, VERDICTS } from '../../src/content/vocabulary';
import { DESKTOP, describeInBrowser, openPage, useChromium, useContexts } from '../support/chromium';

const ARTICLE = '/articles/economist-uses-of-terror/';

/**
 * Every verdict chip and claim marker in the page: its verdict, the symbol and word it
 * shows, and the contrast of its text against its own background (WCAG 2.x relative
 * luminance), run in the page.
 */
function chips() {
  const channel = (value: number) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
  const rgb = (colour: string) => {
    const scale = colour.startsWith('color(') ? 1 : 255;
    return colour.match(/[\d.]+/g)!.slice(0, 3).map((value) => Number(value) / scale);
  };
  const luminance = (colour: string) => {
    const [r, g, b] = rgb(colour).map(channel) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (light + 0.05) / (dark + 0.05);
  };
  return [...document.querySelectorAll<HTMLElement>('.verdict, #article-body .claim-marker[data-verdict]')]
    .filter((chip) => chip.checkVisibility())
    .map((chip) => {
      const style = getComputedStyle(chip);
      const marker = chip.classList.contains('claim-marker');
      return {
        verdict: chip.dataset.verdict!,
        symbol: marker ? getComputedStyle(chip, '::before').content : chip.querySelector('.verdict__symbol')?.textContent,
        word: marker ? undefined : chip.textContent!.replace(chip.querySelector('.verdict__symbol')?.textContent ?? '', '').replace(/\s*\d+$/, '').trim(),
        background: style.backgroundColor,
        contrast: contrast(style.color, style.backgroundColor),
      };
    });
}

describeInBrowser('verdicts: word, symbol and colour', () => {
  const browser = useChromium();
  const contextFor = useContexts(browser);

  it('the legend explains every verdict, its symbol and colour, and every kind of claim, from the vocabulary', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, ARTICLE);
    const legend = page.locator('.claim-legend');
    await legend.locator('summary').click();
    const verdicts = await legend.locator('.vocabulary').first().locator('> div').evaluateAll((rows) =>
      rows.map((row) => ({ symbol: row.querySelector('.verdict__symbol')!.textContent, term: row.querySelector('dt')!.textContent, definition: row.querySelector('dd')!.textContent })),
    );
    expect(verdicts).toEqual(Object.values(VERDICTS).map(({ symbol, label, description }) => ({ symbol, term: `${symbol}${label}`, definition: description })));
    const types = await legend.locator('.vocabulary').nth(1).locator('dd').allTextContents();
    expect(types).toEqual(Object.values(CLAIM_TYPES).map((type) => type.description));
  });

  it.each(['light', 'dark'] as const)('every chip and marker shows its verdict’s own symbol, in its own colour, with AA contrast (%s)', async (colorScheme) => {
    const context = await contextFor({ ...DESKTOP, colorScheme });
    const { page } = await openPage(context, `${ARTICLE}?claims=all`);
    await page.locator('.claim-legend summary').click();
    const shown = await page.evaluate(chips);
    expect(new Set(shown.map((chip) => chip.verdict))).toEqual(new Set(Object.keys(VERDICTS)));
    for (const chip of shown) {
      const { symbol, label } = VERDICTS[chip.verdict as keyof typeof VERDICTS];
      expect(chip.symbol === symbol || chip.symbol === `"${symbol}"`, `${chip.verdict}: ${chip.symbol}`).toBe(true);
      if (chip.word !== undefined) expect(chip.word).toBe(label);
      expect(chip.contrast, `${chip.verdict} on ${chip.background}`).toBeGreaterThanOrEqual(4.5);
    }
    // One colour per verdict: no two verdicts share a background.
    const backgrounds = new Map(shown.filter((chip) => chip.word !== undefined).map((chip) => [chip.verdict, chip.background]));
    expect(new Set(backgrounds.values()).size).toBe(Object.keys(VERDICTS).length);
  });

  it('a claim page leads with its ruling: the verdict, what the claim says, then why; context and sources behind “More”', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, '/claims/post-putin-blackmail/');
    const order = await page.locator('main').evaluate((main) =>
      // The ruling's verdict, not those of earlier checks in the history.
      [...main.querySelectorAll('.claim-ruling .verdict, h1, .claim-ruling__reason, .claim-passage, .claim-page__more')].map((part) => part.tagName === 'H1' ? 'h1' : part.className.split(' ')[0]),
    );
    expect(order.slice(0, 5)).toEqual(['verdict', 'h1', 'claim-ruling__reason', 'claim-passage', 'claim-page__more']);
    await expect(page.locator('.claim-page__more').getAttribute('open')).resolves.toBeNull();
  });
});
