import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { endpoints, type ArticleState } from '../../src/dev/api';
import { annotationEndpoint, isLoopback, type AnnotationSource } from '../../src/dev/annotation-endpoint';

const TEXT = 'Alpha beta gamma delta. Epsilon zeta eta theta.';
const CLAIMS_FILE = 'content/claims/test-article.yaml';
const HEADER = '# Claims in the test article.\n';

/** The dev server's view of a one-paragraph article, whose claims are whatever the claims file holds. */
function source(root: string): AnnotationSource {
  return {
    articleAt: async (path) => (path === '/articles/test-article/' ? 'test-article' : undefined),
    articleState: async (): Promise<ArticleState> => {
      const entries = (parse(await readFile(join(root, CLAIMS_FILE), 'utf8')) ?? []) as { id: string; quote: string }[];
      return {
        article: { id: 'test-article', headline: 'Test', claimsFile: CLAIMS_FILE },
        text: TEXT,
        paragraphs: [{ id: 'p-alpha', start: 0, end: TEXT.length }],
        claims: entries.map(({ id, quote }) => ({ id, quote, start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length, type: 'opinion', summary: '', claimant: '', line: 1 })),
        problems: [],
        takenIds: ['test-published'],
        form: { claim: {}, person: {}, references: {}, choices: { person: [{ id: 'someone', label: 'Someone' }], source: [{ id: 'a-source', label: 'A source' }], event: [], figure: [], claim: [] } },
      };
    },
  };
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
  passedOn: boolean;
}

async function ask(handler: ReturnType<typeof annotationEndpoint>, { method = 'GET', url = endpoints.state, body, address = '127.0.0.1', type = 'application/json' }: { method?: string; url?: string; body?: unknown; address?: string; type?: string }): Promise<Answer> {
  const request = Object.assign(Readable.from(body === undefined ? [] : [Buffer.from(JSON.stringify(body))]), { method, url, headers: { 'content-type': type }, socket: { remoteAddress: address } });
  let status = 0;
  let text = '';
  const response = { statusCode: 0, setHeader: () => {}, end: (chunk: string) => (text = chunk) } as unknown as ServerResponse;
  let passedOn = false;
  await handler(request as unknown as IncomingMessage, response, () => (passedOn = true));
  status = response.statusCode;
  return { status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, passedOn };
}

const passage = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length, quote });
const fields = (id: string) => ({ id, type: 'opinion', claimant: 'someone', summary: 'A summary.', note: 'A note.', sources: ['a-source'] });

let root = '';
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'crocus-annotate-'));
  await mkdir(join(root, 'content/claims'), { recursive: true });
  await writeFile(join(root, CLAIMS_FILE), HEADER);
  await writeFile(join(root, 'content/people.yaml'), '- id: someone\n  name: Someone\n');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('the annotation endpoint', () => {
  it('answers only requests from loopback, judged by the socket, and never reads content for others', async () => {
    const load = vi.fn(async () => source(root));
    const answer = await ask(annotationEndpoint(root, load), { url: `${endpoints.state}?path=/articles/test-article/`, address: '192.0.2.7' });
    expect(answer).toMatchObject({ status: 403, body: { status: 'refused' } });
    expect(load).not.toHaveBeenCalled();
  });

  it('leaves every other address to the dev server', async () => {
    expect((await ask(annotationEndpoint(root, async () => source(root)), { url: '/articles/test-article/' })).passedOn).toBe(true);
  });

  it('says which article a page shows, or that it shows none', async () => {
    const handler = annotationEndpoint(root, async () => source(root));
    expect((await ask(handler, { url: `${endpoints.state}?path=/about/` })).body).toEqual({ article: null });
    expect((await ask(handler, { url: `${endpoints.state}?path=/articles/test-article/` })).body).toMatchObject({ text: TEXT });
  });

  it('takes only JSON bodies', async () => {
    const answer = await ask(annotationEndpoint(root, async () => source(root)), { method: 'POST', url: endpoints.claim, body: {}, type: 'text/plain' });
    expect(answer).toMatchObject({ status: 400, body: { message: expect.stringContaining('Expected a JSON body') } });
  });

  it('shows the entry as it would be written, with the schema’s own messages, and writes nothing', async () => {
    const handler = annotationEndpoint(root, async () => source(root));
    const preview = (extra: Record<string, unknown>) =>
      ask(handler, { method: 'POST', url: endpoints.claim, body: { article: 'test-article', passage: passage('beta gamma'), fields: { ...fields('test-beta'), ...extra }, save: false } });
    const answer = await preview({ summary: '' });
    expect(answer).toMatchObject({ status: 422, body: { issues: [{ path: 'summary', message: 'expected a one-line summary as text' }] } });
    expect((await preview({ type: 'figure' })).body.issues).toEqual([{ path: 'asOf', message: 'expected asOf: the date the figure was true as of' }]);
    expect((await preview({})).body).toMatchObject({ status: 'ok', saved: false, id: 'test-beta' });
    expect(answer.body.yaml).toContain("quote: 'beta gamma'");
    expect(await readFile(join(root, CLAIMS_FILE), 'utf8')).toBe(HEADER);
  });

  it('refuses a published id, an id in use, an unknown source and a page gone stale', async () => {
    const handler = annotationEndpoint(root, async () => source(root));
    const claim = (id: string, quote: string, extra: Record<string, unknown> = {}) =>
      ask(handler, { method: 'POST', url: endpoints.claim, body: { article: 'test-article', passage: passage(quote), fields: { ...fields(id), ...extra }, save: true } });
    expect((await claim('test-published', 'beta gamma')).body.issues).toEqual([{ path: 'id', message: expect.stringContaining('was published once') }]);
    expect((await claim('test-beta', 'beta gamma')).status).toBe(200);
    expect((await claim('test-beta', 'zeta eta')).body.issues).toEqual([{ path: 'id', message: expect.stringContaining(`already used by a claim in ${CLAIMS_FILE}`) }]);
    expect((await claim('test-zeta', 'zeta eta', { sources: ['made-up'] })).body.issues).toEqual([{ path: 'sources', message: 'there is no source with the id "made-up"' }]);
    const stale = await ask(handler, { method: 'POST', url: endpoints.claim, body: { article: 'test-article', passage: { ...passage('zeta eta'), quote: 'zeta et' }, fields: fields('test-zeta'), save: true } });
    expect(stale).toMatchObject({ status: 409, body: { message: expect.stringContaining('reload it') } });
  });

  it('writes a new claimant into people.yaml with the claim', async () => {
    const handler = annotationEndpoint(root, async () => source(root));
    const person = { id: 'new-person', name: 'A New Person', kind: 'person', role: 'Someone quoted' };
    const answer = await ask(handler, { method: 'POST', url: endpoints.claim, body: { article: 'test-article', passage: passage('Epsilon zeta'), fields: { ...fields('test-epsilon'), claimant: undefined }, person, save: true } });
    expect(answer.status).toBe(200);
    expect(parse(await readFile(join(root, 'content/people.yaml'), 'utf8'))).toEqual([{ id: 'someone', name: 'Someone' }, person]);
    expect(parse(await readFile(join(root, CLAIMS_FILE), 'utf8'))[0]).toMatchObject({ id: 'test-epsilon', claimant: 'new-person' });
  });

  it('keeps both of two saves made at once, and leaves no temporary file behind', async () => {
    const handler = annotationEndpoint(root, async () => source(root));
    const save = (id: string, quote: string) => ask(handler, { method: 'POST', url: endpoints.claim, body: { article: 'test-article', passage: passage(quote), fields: fields(id), save: true } });
    const answers = await Promise.all([save('test-alpha', 'Alpha beta'), save('test-theta', 'eta theta')]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    // Appended in the order they reach the file, which the checks before it decide: both are there, once.
    expect((parse(await readFile(join(root, CLAIMS_FILE), 'utf8')) as { id: string }[]).map((entry) => entry.id).sort()).toEqual(['test-alpha', 'test-theta']);
    expect(await readdir(join(root, 'content/claims'))).toEqual(['test-article.yaml']);
  });
});

describe('isLoopback', () => {
  it('knows 127.0.0.0/8 and ::1, also IPv4-mapped, and nothing else', () => {
    expect(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'].map(isLoopback)).toEqual([true, true, true, true]);
    expect(['192.0.2.7', '10.0.0.1', '::ffff:192.0.2.7', '::', '', undefined, '127.0.0.1.example'].map(isLoopback)).toEqual([false, false, false, false, false, false, false]);
  });
});
