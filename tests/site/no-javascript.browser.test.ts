import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages } from '../support/built-site';
import { DESKTOP, describeInBrowser, newContext, PHONE, useChromium } from '../support/chromium';

const paths = (await builtPages()).map((page) => page.path);

/**
 * Runs in the page. What a reader finds there: whether the main content shows,
 * which elements with text are hidden, buttons that would do nothing without
 * script, in-page links that lead nowhere visible; and, of the elements named in
 * `wanted` (as `hidden` names them), those that are shown.
 */
function inspectPage(wanted: string[]) {
  const name = (element: Element) => {
    const classes = [...element.classList].filter((value) => !value.startsWith('is-')).map((value) => `.${value}`).join('');
    return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes}> “${(element.textContent ?? '').trim().slice(0, 60)}”`;
  };
  const main = document.querySelector('main');
  const heading = main?.querySelector('h1');
  const inMain = [...(main?.querySelectorAll('*') ?? [])];
  // Controls, live messages and help only script can use (.needs-script); things a reader opens without it.
  const scriptOnly = (element: Element) => element.closest('button, template, dialog, [role="status"], [role="alert"], output, .needs-script') !== null;
  const openable = (element: Element) => element.closest('details:not([open]), select, datalist') !== null;

  const hidden = inMain.filter(
    (element) =>
      (element.textContent ?? '').trim() !== '' &&
      !element.checkVisibility() &&
      element.parentElement?.checkVisibility() !== false &&
      !scriptOnly(element) &&
      !openable(element),
  );
  const deadButtons = [...document.querySelectorAll('button')].filter((button) => button.checkVisibility() && (button.type !== 'submit' || button.form === null));
  // HTML and SVG links alike (an SVG <a> has no .hash): the fragment is the href itself.
  const deadLinks = [...document.querySelectorAll<HTMLAnchorElement | SVGAElement>('a[href^="#"]')]
    .filter((link) => link.checkVisibility() && link.getAttribute('href')!.length > 1)
    .filter((link) => {
      const target = document.getElementById(decodeURIComponent(link.getAttribute('href')!.slice(1)));
      return !target || !(target.checkVisibility() || openable(target));
    });
  const shown = new Set(inMain.filter((element) => element.checkVisibility()).map(name));

  return {
    mainShown: Boolean(main?.checkVisibility()) && (main as HTMLElement).innerText.trim().length >= 100,
    headingShown: Boolean(heading?.checkVisibility()) && (heading?.textContent ?? '').trim() !== '',
    hidden: hidden.map(name),
    deadButtons: deadButtons.map(name),
    deadLinks: deadLinks.map((link) => `${link.getAttribute('href')} (${name(link)})`),
    shown: wanted.filter((description) => shown.has(description)),
  };
}

describeInBrowser('every page without JavaScript', () => {
  const browser = useChromium();

  describe.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('at %s width', (_, viewport) => {
    let withoutScript: BrowserContext;
    let withScript: BrowserContext;
    let page: Page;
    let scripted: Page;
    beforeAll(async () => {
      withoutScript = await newContext(browser(), { ...viewport, javaScriptEnabled: false });
      withScript = await newContext(browser(), viewport);
      page = await withoutScript.newPage();
      scripted = await withScript.newPage();
    });
    afterAll(async () => {
      await Promise.all([withoutScript.close(), withScript.close()]);
    });

    it.each(paths)('%s is fully readable, and script hides nothing from it', async (path) => {
      const url = new URL(path, inject('siteUrl')).href;
      await page.goto(url);
      const { hidden, shown: _none, ...reading } = await page.evaluate(inspectPage, []);
      expect(reading).toEqual({ mainShown: true, headingShown: true, deadButtons: [], deadLinks: [] });
      // Hidden without script is fine when the page hides it with script too (a message for a filter state, say).
      if (hidden.length === 0) return;
      await scripted.goto(url);
      expect((await scripted.evaluate(inspectPage, hidden)).shown).toEqual([]);
    });
  });
});
