import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

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

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a plain static host does: `/x/` is `/x/index.html`,
 * and anything missing gets `404.html` with status 404. Loopback only.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const path = decodePath(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path === undefined ? undefined : await findFile(root, path);
    const target = file ?? join(root, '404.html');
    response.writeHead(file ? 200 : 404, {
      'Content-Type': CONTENT_TYPES[extname(target)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    createReadStream(target).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
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
