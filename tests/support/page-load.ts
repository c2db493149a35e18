import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { inject } from 'vitest';

/** Lighthouse's mobile setting: a slow 4G connection and a phone's CPU. */
const SLOW_PHONE = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpuSlowdown: 4 };

/** How long the network must stay idle before a load counts as finished. */
const QUIET_MS = 150;

export interface LayoutShift {
  value: number;
  /** The elements that moved. */
  sources: string[];
}

export interface PageLoad {
  /** Bytes on the wire (headers and compressed bodies) for every response before any interaction. */
  transferred: number;
  /** Compressed JavaScript: script response bodies, and the page's inline scripts gzipped. */
  javascript: number;
  /** Each response: path, resource type, bytes on the wire and of them the (compressed) body. */
  responses: { path: string; type: string; bytes: number; body: number }[];
  /** Requests for anything not on the site's own origin (all blocked). */
  offSite: string[];
  layoutShifts: LayoutShift[];
}

export interface LoadMeter {
  /** Loads a site path afresh (no cache) and measures it, without touching the page after load. */
  measure(path: string): Promise<PageLoad>;
  /** The page, to interact with after a measured load. */
  page: Page;
}

/**
 * A page in `context` that measures loads: bytes transferred until the network is
 * quiet, requests that would leave the site (blocked and recorded), and layout
 * shifts. `slowPhone` throttles network and CPU so that the page paints before its
 * scripts run, as on a real phone. One page serves every load, with the cache off.
 */
export async function loadMeter(context: BrowserContext, { slowPhone = false } = {}): Promise<LoadMeter> {
  const site = new URL(inject('siteUrl'));
  const offSite: string[] = [];
  await context.route(
    (url) => url.origin !== site.origin,
    (route) => {
      offSite.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  await page.addInitScript(recordLayoutShifts);
  const cdp = await context.newCDPSession(page);
  const network = watchNetwork(cdp);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (slowPhone) {
    const { cpuSlowdown, ...connection } = SLOW_PHONE;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...connection });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }

  return {
    page,
    async measure(path) {
      network.reset();
      offSite.length = 0;
      await page.goto(new URL(path, site).href, { waitUntil: 'load' });
      await network.quiet();
      // Two frames, so that shifts from the last layout are reported.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const { layoutShifts, inlineScripts } = await page.evaluate(() => ({
        layoutShifts: (window as unknown as { layoutShifts: LayoutShift[] }).layoutShifts,
        inlineScripts: [...document.querySelectorAll('script:not([src])')].filter((script) => !/json/.test(script.getAttribute('type') ?? '')).map((script) => script.textContent ?? ''),
      }));
      const responses = network.responses().map(({ url, ...sizes }) => ({ path: url.startsWith(site.origin) ? url.slice(site.origin.length) : url, ...sizes }));
      const inlineJavascript = inlineScripts.length > 0 ? gzipSync(inlineScripts.join('\n')).length : 0;
      return {
        transferred: responses.reduce((sum, response) => sum + response.bytes, 0),
        javascript: inlineJavascript + responses.filter((response) => response.type === 'Script').reduce((sum, response) => sum + response.body, 0),
        responses,
        offSite: [...offSite],
        layoutShifts,
      };
    },
  };
}

/** Runs in each document before its own scripts: keeps every layout shift not caused by input. */
function recordLayoutShifts() {
  type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] };
  const shifts: LayoutShift[] = [];
  (window as unknown as { layoutShifts: LayoutShift[] }).layoutShifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Shift[]) {
      if (entry.hadRecentInput) continue;
      const sources = entry.sources.map(({ node }) => (node instanceof Element ? `<${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''} class="${node.className}">` : String(node?.nodeName)));
      shifts.push({ value: entry.value, sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Every response's bytes on the wire and in its body, and a way to wait until nothing is in flight. */
function watchNetwork(cdp: CDPSession) {
  const pending = new Map<string, { url: string; type: string; body: number }>();
  let finished: { url: string; type: string; bytes: number; body: number }[] = [];
  let lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', (event) => {
    pending.set(event.requestId, { url: event.request.url, type: event.type ?? 'Other', body: 0 });
    lastActivity = Date.now();
  });
  cdp.on('Network.responseReceived', (event) => {
    const request = pending.get(event.requestId);
    if (request) request.type = event.type;
  });
  cdp.on('Network.dataReceived', (event) => {
    const request = pending.get(event.requestId);
    if (request) request.body += event.encodedDataLength;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const request = pending.get(event.requestId);
    pending.delete(event.requestId);
    if (request && !request.url.startsWith('data:')) finished.push({ ...request, bytes: event.encodedDataLength });
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFailed', (event) => {
    pending.delete(event.requestId);
    lastActivity = Date.now();
  });
  return {
    responses: () => finished,
    reset() {
      pending.clear();
      finished = [];
    },
    async quiet() {
      while (pending.size > 0 || Date.now() - lastActivity < QUIET_MS) await new Promise((resolve) => setTimeout(resolve, 25));
    },
  };
}
