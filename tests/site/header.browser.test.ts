import { expect, it } from 'vitest';
import { DESKTOP, describeInBrowser, openPage, PHONE, useChromium, useContexts } from '../support/chromium';

const ARTICLE = '/articles/economist-uses-of-terror/';

describeInBrowser('the site header', () => {
  const browser = useChromium();
  const contextFor = useContexts(browser);

  it.each([375, 320])('on a %i px phone the sections sit on one line, and the search field shows its whole placeholder and no shortcut hint', async (width) => {
    const context = await contextFor({ ...PHONE, viewport: { width, height: 740 } });
    // On every section's own page too, where its link is marked as the current one.
    for (const section of ['/claims/', '/timeline/', '/compare/', '/about/']) {
      const { page: own } = await openPage(context, section);
      const tops = await own.locator('.site-nav a').evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
      expect(new Set(tops).size, section).toBe(1);
    }
    const { page } = await openPage(context, ARTICLE);
    const tops = await page.locator('.site-nav a').evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await expect(page.locator('.site-search__shortcut').isVisible()).resolves.toBe(false);
    const fit = await page.locator('#site-search-query').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: context.measureText(input.placeholder).width, room };
    });
    expect(fit.text).toBeLessThanOrEqual(fit.room);
  });

  it('on a desktop the "/" hint is shown', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, ARTICLE);
    await expect(page.locator('.site-search__shortcut').isVisible()).resolves.toBe(true);
  });

  it.each([
    ['phone', PHONE, 'putin'],
    ['phone', PHONE, 'medvedev'],
    ['desktop', DESKTOP, 'putin'],
    ['desktop', DESKTOP, 'medvedev'],
  ] as const)('on a %s the search pop-up keeps its footer links in view, whole, for “%s”', async (_, viewport, query) => {
    const context = await contextFor(viewport);
    const { page } = await openPage(context, ARTICLE);
    await page.locator('#site-search-query').fill(query);
    await page.locator('.search-result').first().waitFor();
    const links = await page.locator('.site-search__footer :is(a, button)').evaluateAll((controls) =>
      controls
        .filter((control) => control.checkVisibility())
        .map((control) => {
          const box = control.getBoundingClientRect();
          const popup = control.closest('.site-search__popup')!.getBoundingClientRect();
          return {
            text: control.textContent,
            inWindow: box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth,
            inPopup: box.top >= popup.top && box.bottom <= popup.bottom + 0.5,
          };
        }),
    );
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => !link.inWindow || !link.inPopup)).toEqual([]);
  });
});

describeInBrowser('landmarks and filters that mean something', () => {
  const browser = useChromium();
  const contextFor = useContexts(browser);

  it('the front page’s articles are each named, and no two alike', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, '/');
    const snapshot = await page.locator('main').ariaSnapshot();
    const names = [...snapshot.matchAll(/article "([^"]+)"/g)].map((match) => match[1]);
    expect(names.length).toBe(await page.locator('main article').count());
    expect(names.length).toBeGreaterThan(1);
    expect(new Set(names).size).toBe(names.length);
  });

  it('/claims/ offers no filter value that no claim has', async () => {
    const context = await contextFor(DESKTOP);
    const { page } = await openPage(context, '/claims/');
    for (const name of ['type', 'verdict']) {
      const values = await page.locator(`select[name="${name}"] option`).evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
      expect(values.length).toBeGreaterThan(1);
      for (const value of values) {
        await page.selectOption(`select[name="${name}"]`, value);
        await expect(page.locator('.claim-filters__status').innerText(), `${name}=${value}`).resolves.not.toMatch(/^0 of/);
      }
      await page.selectOption(`select[name="${name}"]`, '');
    }
  });
});
