import { readFile } from 'node:fs/promises';
import { expect, inject, it } from 'vitest';
import { describeInBrowser, openPage, useChromium, useContexts } from '../support/chromium';
import { headersFor, parseHeadersFile } from '../support/headers-file';
import { DIST } from '../support/project';

const rules = parseHeadersFile(await readFile(`${DIST}_headers`, 'utf8'));

describeInBrowser('security headers and the policy, in the browser', () => {
  const browser = useChromium();
  const contextFor = useContexts(browser);

  it.each(['/', '/articles/economist-uses-of-terror/', '/favicon.svg', '/no-such-page/'])('%s arrives with the headers of public/_headers, compressed', async (path) => {
    const context = await contextFor();
    const response = await context.request.get(new URL(path, inject('siteUrl')).href, { headers: { 'Accept-Encoding': 'gzip' } });
    const received = response.headers();
    expect(received).toMatchObject(headersFor(rules, path));
    expect(received['content-encoding']).toBe('gzip');
  });

  it('does not serve the _headers file itself', async () => {
    const context = await contextFor();
    const response = await context.request.get(new URL('/_headers', inject('siteUrl')).href);
    expect(response.status()).toBe(404);
  });

  it('a page refuses to be framed, even by the site itself', async () => {
    const context = await contextFor();
    const { page } = await openPage(context, '/');
    const refusal = page.waitForEvent('console', { predicate: (message) => message.text().includes("frame-ancestors 'none'"), timeout: 5_000 });
    await page.evaluate((url) => {
      const frame = document.createElement('iframe');
      frame.src = url;
      frame.title = 'framing test';
      document.body.append(frame);
    }, new URL('/about/', inject('siteUrl')).href);
    await refusal;
    const frameTitles = await Promise.all(page.frames().filter((frame) => frame !== page.mainFrame()).map((frame) => frame.title().catch(() => '')));
    expect(frameTitles).toHaveLength(1);
    expect(frameTitles[0]).not.toContain('Crocus Reader');
  });

  it('the page policy stops a script or a handler that finds its way into the page', async () => {
    const context = await contextFor();
    const { page, errors } = await openPage(context, '/articles/economist-uses-of-terror/');
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__injected = "script";';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.__injected = "handler"');
      image.src = 'data:,not an image';
      image.alt = '';
      document.body.append(image);
      const link = document.createElement('a');
      link.href = 'javascript:window.__injected = "url"';
      document.body.append(link);
      link.click();
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { injected: (window as { __injected?: string }).__injected ?? null, violations: [...new Set(violations)].sort() };
    });
    expect(outcome).toEqual({ injected: null, violations: ['script-src-attr', 'script-src-elem'] });
    // The browser reports each refusal as a console error: exactly those, nothing else.
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((error) => error.includes('Content Security Policy'))).toBe(true);
  });
});
