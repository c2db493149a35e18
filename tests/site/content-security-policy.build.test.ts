import { readFile } from 'node:fs/promises';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import astroConfig from '../../astro.config.mjs';
import { builtPages, elements } from '../support/built-site';
import { parsePolicy, sha256Source } from '../support/csp';
import { headersFor, parseHeadersFile } from '../support/headers-file';
import { DIST } from '../support/project';

const pages = await builtPages();
const DATA_BLOCK_TYPES = new Set(['application/ld+json', 'application/json']);
const UNSAFE_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", '*', 'data:', 'blob:', 'http:', 'https:'];

const isCspMeta = (element: Element) => element.tagName === 'meta' && String(element.properties.httpEquiv).toLowerCase() === 'content-security-policy';
const isInlineScript = (element: Element) => element.tagName === 'script' && element.properties.src === undefined && !DATA_BLOCK_TYPES.has(String(element.properties.type));

/** Links that make the browser fetch something (canonical, alternate and the like only name a URL). */
const FETCHING_LINKS = ['stylesheet', 'icon', 'preload', 'modulepreload', 'prefetch', 'manifest'];

/** Property values that a browser would follow or run as a URL. */
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'data', 'poster', 'cite', 'background'];

describe('Content-Security-Policy on every built page', () => {
  it.each(pages.map((page) => [page.path, page] as const))('%s: a strict policy that covers every inline script and style', (_, page) => {
    const metas = elements(page.tree, isCspMeta);
    expect(metas, 'one CSP <meta>').toHaveLength(1);
    const policy = parsePolicy(String(metas[0]!.properties.content));

    const scriptSources = policy.get('script-src') ?? policy.get('default-src') ?? [];
    const styleSources = policy.get('style-src') ?? policy.get('default-src') ?? [];
    expect(scriptSources.filter((source) => UNSAFE_SOURCES.includes(source))).toEqual([]);
    expect(styleSources.filter((source) => UNSAFE_SOURCES.includes(source))).toEqual([]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);

    const unhashedScripts = elements(page.tree, isInlineScript).map(toString).filter((text) => !scriptSources.includes(sha256Source(text)));
    const unhashedStyles = elements(page.tree, (element) => element.tagName === 'style').map(toString).filter((text) => !styleSources.includes(sha256Source(text)));
    expect(unhashedScripts.map((text) => text.slice(0, 80))).toEqual([]);
    expect(unhashedStyles.map((text) => text.slice(0, 80))).toEqual([]);
  });

  // Astro writes the policy at the end of <head>, after the layout's own elements: nothing
  // before it may run, and what it fetches must come from the site itself.
  it.each(pages.map((page) => [page.path, page] as const))('%s: nothing runs or comes from elsewhere before the policy', (_, page) => {
    const head = elements(page.tree, (element) => element.tagName === 'head')[0]!;
    const inHead = elements({ type: 'root', children: [head] }, () => true);
    const early = inHead.slice(0, inHead.findIndex(isCspMeta)).filter((element) => {
      if (isInlineScript(element) || element.tagName === 'style' || (element.tagName === 'script' && element.properties.src !== undefined)) return true;
      const fetches = element.tagName === 'link' && [element.properties.rel].flat().some((rel) => FETCHING_LINKS.includes(String(rel)));
      return fetches && new URL(String(element.properties.href), 'https://site.invalid/').origin !== 'https://site.invalid';
    });
    expect(early.map((element) => `<${element.tagName} ${String(element.properties.href ?? element.properties.src ?? '')}>`)).toEqual([]);
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s: no inline event handlers, javascript: URLs or style attributes', (_, page) => {
    const found: string[] = [];
    for (const element of elements(page.tree, () => true)) {
      for (const [name, value] of Object.entries(element.properties)) {
        if (/^on/i.test(name)) found.push(`<${element.tagName} ${name}>`);
        if (name === 'style') found.push(`<${element.tagName} style="${String(value)}">`);
        // Browsers strip control characters and white space before reading a scheme.
        if (URL_PROPERTIES.includes(name) && /^javascript:/i.test(String(value).replace(/[\u0000-\u0020]/g, ''))) found.push(`<${element.tagName} ${name}="${String(value)}">`);
      }
    }
    expect(found).toEqual([]);
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s: JSON-LD blocks are data that cannot end their element early', (_, page) => {
    for (const block of elements(page.tree, (element) => element.tagName === 'script' && DATA_BLOCK_TYPES.has(String(element.properties.type)))) {
      const text = toString(block);
      expect(() => JSON.parse(text)).not.toThrow();
      expect(text).not.toMatch(/<\/script|<!--/i);
    }
  });
});

describe('public/_headers', async () => {
  const rules = parseHeadersFile(await readFile(`${DIST}_headers`, 'utf8'));
  const everyPage = headersFor(rules, '/');

  it('forbids framing, sniffing, cross-origin referrers and powerful features on every response', () => {
    expect(parsePolicy(everyPage['content-security-policy'] ?? '').get('frame-ancestors')).toEqual(["'none'"]);
    expect(everyPage).toMatchObject({
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'browsing-topics']) expect(everyPage['permissions-policy']).toContain(`${feature}=()`);
  });

  it('repeats every directive of the page policy that does not depend on its hashes', () => {
    const header = parsePolicy(everyPage['content-security-policy'] ?? '');
    const configured = parsePolicy((astroConfig.security?.csp === true || !astroConfig.security?.csp ? [] : (astroConfig.security.csp.directives ?? [])).join(';'));
    // default-src would also govern scripts and styles, whose hashes only the page knows.
    configured.delete('default-src');
    expect(configured.size).toBeGreaterThan(0);
    for (const [name, sources] of configured) expect(header.get(name), name).toEqual(sources);
  });
});
