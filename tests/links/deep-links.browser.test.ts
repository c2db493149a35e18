import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CLIPBOARD, DESKTOP, describeInBrowser, openPage, PHONE, useChromium, useContexts } from '../support/chromium';
import { highlightedPassage, inViewport, onServer, selectWords } from '../support/passages';
import { PUBLISHED_SITE } from '../support/project';

const ECONOMIST = '/articles/economist-uses-of-terror/';
const PARAGRAPH = 'p-we-know-that-the-crime-was';
const CLAIM = 'economist-toll-139';

/** What a copied link says: the published address where the build knows it, else the address the page was read at. */
const canonical = (path: string) => new URL(path, PUBLISHED_SITE ?? inject('siteUrl')).href;
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id);
const status = (page: Page) => page.locator('.link-status').innerText();

describeInBrowser('deep links', () => {
  const browser = useChromium();
  const contextFor = useContexts(browser);

  describe('copying a link', () => {
    it('the ¶ of a paragraph copies its absolute address and says so politely', async () => {
      const context = await contextFor(CLIPBOARD);
      const { page, errors } = await openPage(context, ECONOMIST);
      const permalink = page.locator(`#${PARAGRAPH} > a.paragraph-permalink`);
      await expect(permalink.getAttribute('aria-label')).resolves.toBe('Copy link to this paragraph');
      await page.locator(`#${PARAGRAPH}`).hover();
      await permalink.click();
      await expect.poll(() => clipboard(page)).toBe(canonical(`${ECONOMIST}#${PARAGRAPH}`));
      await expect(page.locator('.link-status').getAttribute('role')).resolves.toBe('status');
      await expect.poll(() => status(page)).toBe('Link to this paragraph copied.');
      // The address bar says where the reader is, and the paragraph is marked; the view stays put.
      expect(new URL(page.url()).hash).toBe(`#${PARAGRAPH}`);
      await expect(page.locator(`#${PARAGRAPH}`).getAttribute('class')).resolves.toContain('is-link-target');
      expect(errors).toEqual([]);
    });

    it('the ¶ shows on hover and on keyboard focus, is reached with Tab, and copies with Enter', async () => {
      const context = await contextFor(CLIPBOARD);
      const { page } = await openPage(context, ECONOMIST);
      const permalink = page.locator(`#${PARAGRAPH} > a.paragraph-permalink`);
      const opacity = () => permalink.evaluate((link) => getComputedStyle(link).opacity);
      await page.mouse.move(0, 0);
      await expect(opacity()).resolves.toBe('0');
      await page.locator(`#${PARAGRAPH}`).hover();
      await expect(opacity()).resolves.toBe('1');
      await page.mouse.move(0, 0);
      // From the paragraph before, Tab passes its claim markers and then reaches this ¶.
      await page.locator(`#${PARAGRAPH}`).evaluate((paragraph) => paragraph.previousElementSibling!.querySelector<HTMLElement>('a.paragraph-permalink')!.focus());
      const focused = () => permalink.evaluate((link) => link === document.activeElement);
      for (let tabs = 0; tabs < 40 && !(await focused()); tabs++) await page.keyboard.press('Tab');
      await expect(focused()).resolves.toBe(true);
      await expect(opacity()).resolves.toBe('1');
      await page.keyboard.press('Enter');
      await expect.poll(() => clipboard(page)).toBe(canonical(`${ECONOMIST}#${PARAGRAPH}`));
      await expect(focused()).resolves.toBe(true);
    });

    it('a claim’s note has a button that copies the link to the claim’s passage', async () => {
      const context = await contextFor(CLIPBOARD);
      const { page } = await openPage(context, ECONOMIST);
      await page.locator(`.claim-marker[data-claim="${CLAIM}"]`).click();
      await page.locator(`#note-${CLAIM} summary`).click();
      const button = page.locator(`#note-${CLAIM}`).getByRole('button', { name: 'Copy link to this claim' });
      await expect(button.isVisible()).resolves.toBe(true);
      await button.click();
      await expect.poll(() => clipboard(page)).toBe(canonical(`${ECONOMIST}#claim-${CLAIM}`));
      await expect.poll(() => status(page)).toBe('Link to this claim copied.');
    });

    it('without the Clipboard API, the link is shown selected, ready to copy by hand', async () => {
      const context = await contextFor(DESKTOP);
      await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
      const { page, errors } = await openPage(context, ECONOMIST);
      await page.locator(`#${PARAGRAPH}`).hover();
      await page.locator(`#${PARAGRAPH} > a.paragraph-permalink`).click();
      const field = page.getByLabel('Copy the link to this paragraph:');
      await expect(field.inputValue()).resolves.toBe(canonical(`${ECONOMIST}#${PARAGRAPH}`));
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('INPUT');
      await expect(field.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart!, input.selectionEnd!))).resolves.toBe(
        canonical(`${ECONOMIST}#${PARAGRAPH}`),
      );
      await page.getByRole('button', { name: 'Done' }).click();
      await expect(page.locator('.link-status').innerText()).resolves.toBe('');
      expect(errors).toEqual([]);
    });

    it('on a phone with the Web Share API, the ¶ opens the share sheet', async () => {
      const context = await contextFor(PHONE);
      await context.addInitScript(() => {
        const shared: ShareData[] = [];
        Object.defineProperty(window, 'shared', { value: shared });
        Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
      });
      const { page } = await openPage(context, ECONOMIST);
      await page.locator(`#${PARAGRAPH} > a.paragraph-permalink`).tap();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
        .toEqual([{ title: await page.title(), url: canonical(`${ECONOMIST}#${PARAGRAPH}`) }]);
    });
  });

  describe('a link to any selection', () => {
    it('lands on exactly the selected words, widened to whole words, by the site’s own fallback', async () => {
      const context = await contextFor(CLIPBOARD);
      const { page } = await openPage(context, ECONOMIST);
      await selectWords(page, `#${PARAGRAPH}`, 'dical Islamists,” Mr Put');
      const button = page.getByRole('button', { name: 'Copy link to this passage' });
      await expect.poll(() => button.isVisible()).toBe(true);
      await button.click();
      await expect.poll(() => status(page)).toBe('Link to this passage copied.');
      const link = await clipboard(page);
      expect(link.startsWith(canonical(`${ECONOMIST}?quote=`))).toBe(true);
      expect(new URL(link).searchParams.get('quote')).toBe('radical Islamists,” Mr Putin');
      expect(new URL(link).hash).toMatch(new RegExp(`^#${PARAGRAPH}:~:text=`));

      const arrival = await openPage(context, onServer(link, inject('siteUrl')));
      await expect.poll(() => highlightedPassage(arrival.page)).toBe('radical Islamists,” Mr Putin');
      await expect(activeId(arrival.page)).resolves.toBe(PARAGRAPH);
      await expect.poll(() => inViewport(arrival.page, `#${PARAGRAPH}`)).toBe(true);
      expect(arrival.errors).toEqual([]);
    });

    it('is offered only for text of the article, and Escape puts it away', async () => {
      const context = await contextFor(DESKTOP);
      const { page } = await openPage(context, ECONOMIST);
      const button = page.getByRole('button', { name: 'Copy link to this passage' });
      await selectWords(page, 'h1', 'Vladimir Putin');
      await page.waitForTimeout(400);
      await expect(button.isVisible()).resolves.toBe(false);
      await selectWords(page, `#${PARAGRAPH}`, 'radical Islamists');
      await expect.poll(() => button.isVisible()).toBe(true);
      // Above the selection, so the words stay readable.
      const selection = await page.evaluate(() => document.getSelection()!.getRangeAt(0).getBoundingClientRect().top);
      const box = (await button.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(selection);
      await page.keyboard.press('Escape');
      await expect(button.isVisible()).resolves.toBe(false);
    });

    it('tells repeated words apart with the words around them, across paragraphs too', async () => {
      const context = await contextFor(CLIPBOARD);
      const { page } = await openPage(context, ECONOMIST);
      // "Mr Putin" occurs many times; the selection runs from one paragraph into the next.
      const text = await page.locator('#article-body').evaluate((body) => body.textContent ?? '');
      const from = text.indexOf('Mr Putin', text.indexOf('Who benefits'));
      const to = text.indexOf('cover up', from) + 'cover up'.length;
      await selectWords(page, '#article-body', text.slice(from, to));
      await page.getByRole('button', { name: 'Copy link to this passage' }).click();
      await expect.poll(() => status(page)).toBe('Link to this passage copied.');
      const link = await clipboard(page);
      const arrival = await openPage(context, onServer(link, inject('siteUrl')));
      await expect.poll(() => highlightedPassage(arrival.page)).toBe(text.slice(from, to));
    });

    it('the text fragment alone takes a browser that supports them to the passage', async () => {
      const context = await contextFor(CLIPBOARD);
      const { page } = await openPage(context, ECONOMIST);
      await selectWords(page, '#p-dmitry-medvedev-a-former-prime-minister', 'vents a more extreme version');
      await page.getByRole('button', { name: 'Copy link to this passage' }).click();
      await expect.poll(() => status(page)).toBe('Link to this passage copied.');
      const link = new URL(await clipboard(page));
      const directive = link.hash.slice(link.hash.indexOf(':~:'));
      expect(directive).toBe(':~:text=president%20who%20often-,vents%20a%20more%20extreme%20version,-of%20the%20official');

      // No ?quote= and no paragraph id: whatever scrolling happens is the browser's own.
      const arrival = await openPage(context, `${ECONOMIST}#${directive}`);
      await expect.poll(() => arrival.page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
      await expect.poll(() => inViewport(arrival.page, '#p-dmitry-medvedev-a-former-prime-minister')).toBe(true);
    });

    it('without the CSS Custom Highlight API, the passage is marked with elements that add no text', async () => {
      const context = await contextFor(DESKTOP);
      await context.addInitScript(() => Object.defineProperty(CSS, 'highlights', { value: undefined }));
      // The passage runs out of a claim's mark, past its marker, into plain text.
      const quote = 'on March 25th. But, he asked';
      const { page, errors } = await openPage(context, `${ECONOMIST}?quote=${encodeURIComponent(quote)}`);
      await expect.poll(() => page.locator('mark.arrival-passage').count()).toBeGreaterThan(1);
      await expect(highlightedPassage(page)).resolves.toBe(quote);
      const bodyText = await page.locator('#article-body').evaluate((body) => body.textContent);
      await page.keyboard.press('Escape');
      await expect(page.locator('mark.arrival-passage').count()).resolves.toBe(0);
      await expect(page.locator('#article-body').evaluate((body) => body.textContent)).resolves.toBe(bodyText);
      expect(errors).toEqual([]);
    });
  });

  describe('arriving', () => {
    it('at a paragraph: scrolled into view, highlighted, focused; Tab goes on from there', async () => {
      const context = await contextFor(DESKTOP);
      const { page } = await openPage(context, `${ECONOMIST}#${PARAGRAPH}`);
      await expect.poll(() => activeId(page)).toBe(PARAGRAPH);
      await expect.poll(() => inViewport(page, `#${PARAGRAPH}`)).toBe(true);
      await expect(page.locator(`#${PARAGRAPH}`).getAttribute('class')).resolves.toContain('is-link-target');
      await page.keyboard.press('Tab');
      await expect(page.evaluate((id) => document.activeElement?.closest(`#${id}`) !== null, PARAGRAPH)).resolves.toBe(true);
      await page.keyboard.press('Escape');
      await expect(page.locator(`#${PARAGRAPH}`).getAttribute('class')).resolves.not.toContain('is-link-target');
    });

    it('at a claim: its note opens and its passage has focus', async () => {
      const context = await contextFor(PHONE);
      const { page, errors } = await openPage(context, `${ECONOMIST}#claim-${CLAIM}`);
      await expect.poll(() => activeId(page)).toBe(`claim-${CLAIM}`);
      await expect(page.locator(`#note-${CLAIM}`).getAttribute('class')).resolves.toContain('is-expanded');
      await expect(page.locator(`.claim-marker[data-claim="${CLAIM}"]`).getAttribute('aria-expanded')).resolves.toBe('true');
      // On a phone the note is a sheet at the bottom: the passage comes to rest visible above it.
      const passageAboveSheet = async () => {
        const passage = (await page.locator(`#claim-${CLAIM}`).boundingBox())!;
        const sheet = (await page.locator(`#note-${CLAIM}`).boundingBox())!;
        return passage.y >= 0 && passage.y + passage.height <= sheet.y;
      };
      await expect.poll(passageAboveSheet).toBe(true);
      expect(errors).toEqual([]);
    });

    it('at a note, and later at another passage of the same page by a link on it', async () => {
      const context = await contextFor(DESKTOP);
      const { page } = await openPage(context, `${ECONOMIST}#note-${CLAIM}`);
      await expect.poll(() => activeId(page)).toBe(`note-${CLAIM}`);
      await expect(page.locator(`#note-${CLAIM}`).getAttribute('class')).resolves.toContain('is-expanded');
      const another = page.locator('.in-short__leading a').first();
      const claimId = (await another.getAttribute('href'))!.slice('#claim-'.length);
      await another.click();
      await expect.poll(() => activeId(page)).toBe(`claim-${claimId}`);
      await expect(page.locator(`#note-${CLAIM}`).getAttribute('class')).resolves.not.toContain('is-link-target');
      await expect(page.locator(`#note-${claimId}`).getAttribute('class')).resolves.toContain('is-expanded');
    });

    it.each([
      ['no-preference', 'smooth'],
      ['reduce', 'instant'],
    ] as const)('scrolls %s motion as %s', async (reducedMotion, behavior) => {
      const context = await contextFor({ ...DESKTOP, reducedMotion });
      await context.addInitScript(() => {
        const scrolls: unknown[] = [];
        Object.defineProperty(window, 'scrolls', { value: scrolls });
        const scrollTo = window.scrollTo.bind(window);
        window.scrollTo = ((options: ScrollToOptions) => {
          scrolls.push(options.behavior);
          scrollTo(options);
        }) as typeof window.scrollTo;
      });
      const { page } = await openPage(context, `${ECONOMIST}#${PARAGRAPH}`);
      // Once as the page is read, and again once it has loaded, after the browser's own scroll to the fragment.
      await expect.poll(() => page.evaluate(() => (window as unknown as { scrolls: unknown[] }).scrolls)).toEqual([behavior, behavior]);
    });
  });

  describe('a passage that is not on the page', () => {
    it('an unknown anchor gets a polite notice with a search for its words, not the top of the page in silence', async () => {
      const context = await contextFor(DESKTOP);
      const { page, errors } = await openPage(context, `${ECONOMIST}#p-few-soviet-leaders-apart-from-lenin`);
      const notice = page.locator('#arrival-notice');
      await expect(notice.getAttribute('role')).resolves.toBe('status');
      await expect.poll(() => notice.innerText()).toContain('The passage this link points to is not on this page.');
      const search = notice.getByRole('link', { name: 'Search the site for “few soviet leaders apart from lenin”' });
      await expect(search.getAttribute('href')).resolves.toBe('/search/?q=few+soviet+leaders+apart+from+lenin');
      await expect(notice.isVisible()).resolves.toBe(true);
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice.innerText()).resolves.toBe('');
      await expect(activeId(page)).resolves.toBe('main');
      expect(errors).toEqual([]);
    });

    it.each([
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const)('a quote whose words have changed lands on its paragraph, and says so above it, covering none of it (%s)', async (_, viewport) => {
      const context = await contextFor({ ...viewport, reducedMotion: 'reduce' });
      const { page } = await openPage(context, `${ECONOMIST}?quote=${encodeURIComponent('perpetrated by moderate Islamists')}#${PARAGRAPH}:~:text=perpetrated`);
      await expect.poll(() => page.locator('#arrival-notice').innerText()).toContain('“perpetrated by moderate Islamists”, is not on this page word for word');
      await expect(page.locator('#arrival-notice').innerText()).resolves.toContain('Below is the paragraph it was in.');
      await expect(activeId(page)).resolves.toBe(PARAGRAPH);
      const clear = () =>
        page.evaluate((id) => {
          const notice = document.getElementById('arrival-notice')!.getBoundingClientRect();
          const paragraph = document.getElementById(id)!.getBoundingClientRect();
          return notice.height > 0 && notice.bottom <= paragraph.top && paragraph.top < window.innerHeight;
        }, PARAGRAPH);
      await expect.poll(clear).toBe(true);
    });

    it.each(['light', 'dark'] as const)('arrival has its own colour and an outline, unlike a claim’s highlight (%s)', async (colorScheme) => {
      const context = await contextFor({ ...DESKTOP, colorScheme, reducedMotion: 'reduce' });
      const { page } = await openPage(context, `${ECONOMIST}#claim-${CLAIM}`);
      await expect.poll(() => activeId(page)).toBe(`claim-${CLAIM}`);
      const styles = await page.evaluate((id) => {
        const arrived = document.getElementById(`claim-${id}`)!;
        const other = [...document.querySelectorAll<HTMLElement>('mark.claim[data-verdict]')].find((mark) => mark.dataset.claim !== id && !mark.closest('mark.claim + *'))!;
        const style = (element: Element) => getComputedStyle(element);
        return { arrived: style(arrived).backgroundColor, outline: style(arrived).outlineStyle, claim: style(other).backgroundColor, claimOutline: style(other).outlineStyle };
      }, CLAIM);
      expect(styles.arrived).not.toBe(styles.claim);
      expect(styles.outline).not.toBe('none');
      expect(styles.claimOutline).toBe('none');
      // Blue where claims are yellow: the hues are far apart, not two shades of one.
      const hue = (colour: string) => {
        // rgb(…) in 0–255, or color(srgb …) in 0–1 (what color-mix() computes to).
        const scale = colour.startsWith('color(') ? 255 : 1;
        const [r, g, b] = colour.match(/[\d.]+/g)!.slice(0, 3).map((value) => Number(value) * scale) as [number, number, number];
        const max = Math.max(r, g, b);
        const min = Math.min(r, g, b);
        const d = max - min || 1;
        const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
        return (h * 60 + 360) % 360;
      };
      const apart = Math.abs(hue(styles.arrived) - hue(styles.claim));
      expect(Math.min(apart, 360 - apart)).toBeGreaterThan(90);
    });

    it('hostile queries and hashes are only ever text: nothing runs, nothing throws', async () => {
      const context = await contextFor(DESKTOP);
      const dialogs: string[] = [];
      context.on('page', (page) => page.on('dialog', (dialog) => void dialogs.push(dialog.message())));
      const hostile = [
        `${ECONOMIST}?quote=${encodeURIComponent('<img src=x onerror=alert(1)>')}&prefix=%&suffix=${encodeURIComponent('</script><script>alert(2)</script>')}`,
        `${ECONOMIST}#claim-${encodeURIComponent('"><img src=x onerror=alert(3)>')}`,
        `${ECONOMIST}#note-__proto__`,
        `${ECONOMIST}#%E0%A4%A`,
        `${ECONOMIST}#p-${'a-'.repeat(5000)}b`,
      ];
      for (const path of hostile) {
        const { page, errors } = await openPage(context, path);
        await page.waitForLoadState('load');
        await expect(page.locator('#arrival-notice img, #arrival-notice script').count()).resolves.toBe(0);
        expect(errors, path).toEqual([]);
      }
      const { page } = await openPage(context, hostile[1]!);
      await expect.poll(() => page.locator('#arrival-notice').innerText()).toContain('Search the site for “"><img src=x onerror=alert(3)>”');
      // The 404 page sends renamed claims' old pages on; other names of object properties go nowhere.
      for (const path of ['/constructor/', '/claims/__proto__/', '/claims/toString/']) {
        const missing = await openPage(context, path);
        await missing.page.waitForLoadState('load');
        await expect(missing.page.locator('h1').innerText()).resolves.toBe('Page not found');
        expect(missing.errors.filter((error) => !error.includes('404'))).toEqual([]);
      }
      expect(dialogs).toEqual([]);
    });
  });
});
