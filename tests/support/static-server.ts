import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** What static hosts compress: text, not images or fonts that are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|ld\+json|xml)|image\/svg\+xml)/;

/** Files a host reads as configuration and never serves. */
const HOST_FILES = new Set(['/_headers']);

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a plain static host does: `/x/` is `/x/index.html`,
 * anything missing gets `404.html` with status 404, the headers in the site's
 * `_headers` file apply, and text is gzipped when the request accepts it.
 * Loopback only.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const headerRules = readHeaderRules(root);
  // Hosts refuse very long addresses (414); this one takes them, so tests reach the page's scripts with them.
  const server: Server = createServer({ maxHeaderSize: 1024 * 1024 }, async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = decodePath(url.pathname);
    const file = path === undefined || HOST_FILES.has(path) ? undefined : await findFile(root, path);
    const target = file ?? join(root, '404.html');
    const contentType = CONTENT_TYPES[extname(target)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(contentType) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(file ? 200 : 404, {
      'content-type': contentType,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
      // Lower-case names, as headersFor gives them, so the file's headers replace the defaults.
      ...headersFor(headerRules, url.pathname),
    });
    const body = createReadStream(target);
    (gzip ? body.pipe(createGzip()) : body).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function readHeaderRules(root: string): HeaderRule[] {
  const file = join(root, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}

function decodePath(pathname: string): string | undefined {
  try {
    const decoded = normalize(decodeURIComponent(pathname));
    return decoded.includes('\0') || decoded.startsWith('..') ? undefined : decoded;
  } catch {
    return undefined;
  }
}

async function findFile(root: string, path: string): Promise<string | undefined> {
  for (const candidate of [join(root, path), join(root, path, 'index.html')]) {
    if (!candidate.startsWith(root)) return undefined;
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}
