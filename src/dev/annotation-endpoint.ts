import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ArticleState, ClaimRequest, ReanchorRequest } from './api';
import { ANNOTATION_ENDPOINT, endpoints } from './api';
import { reanchorClaim, saveClaim, type EditContext } from './annotation-edits';

/**
 * The dev server's annotation endpoint, a Vite middleware: it tells the toolbar
 * app what the dev server knows of an article, and writes claims into content/.
 * It answers only requests from this machine (the socket's address, which a
 * header cannot fake), and it exists only under `astro dev`.
 */

export interface AnnotationSource {
  /** The article a page path shows, if any. */
  articleAt(path: string): Promise<string | undefined>;
  articleState(articleId: string, root: string): Promise<ArticleState>;
}

type Next = (error?: unknown) => void;

const MAX_BODY_BYTES = 1_000_000;

export function annotationEndpoint(root: string, load: () => Promise<AnnotationSource>) {
  const context: EditContext = { root, state: async (articleId) => (await load()).articleState(articleId, root) };
  return async function annotate(request: IncomingMessage, response: ServerResponse, next: Next): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://loopback');
    if (url.pathname !== ANNOTATION_ENDPOINT && !url.pathname.startsWith(`${ANNOTATION_ENDPOINT}/`)) return next();
    if (!isLoopback(request.socket.remoteAddress)) {
      return reply(response, 403, { status: 'refused', message: 'The annotation endpoint answers only requests from this machine.' });
    }
    try {
      if (request.method === 'GET' && url.pathname === endpoints.state) {
        const articleId = await (await load()).articleAt(url.searchParams.get('path') ?? '');
        return reply(response, 200, articleId === undefined ? { article: null } : await context.state(articleId));
      }
      if (request.method === 'POST' && url.pathname === endpoints.claim) {
        const result = await saveClaim(await jsonBody<ClaimRequest>(request), context);
        return reply(response, result.status === 'ok' ? 200 : result.status === 'invalid' ? 422 : 409, result);
      }
      if (request.method === 'POST' && url.pathname === endpoints.reanchor) {
        const result = await reanchorClaim(await jsonBody<ReanchorRequest>(request), context);
        return reply(response, result.status === 'ok' ? 200 : 409, result);
      }
      return reply(response, 404, { status: 'refused', message: `No such annotation request: ${request.method} ${url.pathname}` });
    } catch (error) {
      return reply(response, error instanceof BadRequest ? 400 : 500, { status: 'refused', message: error instanceof Error ? error.message : String(error) });
    }
  };
}

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 addresses. */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const ipv4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ipv4);
}

class BadRequest extends Error {}

/**
 * A JSON body, sent as JSON: a page on another site cannot send one without the
 * browser asking first, and the dev server does not answer that question.
 */
async function jsonBody<Body>(request: IncomingMessage): Promise<Body> {
  if (!request.headers['content-type']?.startsWith('application/json')) throw new BadRequest('Expected a JSON body (Content-Type: application/json).');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BadRequest('The request is too large.');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Body;
  } catch {
    throw new BadRequest('The request body is not valid JSON.');
  }
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(JSON.stringify(body));
}
