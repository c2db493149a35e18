import { endpoints, type ArticleState, type ClaimRequest, type ClaimResponse, type ReanchorRequest } from '../api';

/** The toolbar app's requests to the dev server's annotation endpoint. */

export async function articleState(path: string): Promise<ArticleState | undefined> {
  const response = await fetch(`${endpoints.state}?${new URLSearchParams({ path })}`);
  const body = (await response.json()) as ArticleState | { article: null } | { message: string };
  if (!response.ok) throw new Error('message' in body ? body.message : `The annotation endpoint answered ${response.status}.`);
  return 'text' in body ? body : undefined;
}

export function sendClaim(request: ClaimRequest): Promise<ClaimResponse> {
  return post(endpoints.claim, request);
}

export function sendReanchor(request: ReanchorRequest): Promise<ClaimResponse> {
  return post(endpoints.reanchor, request);
}

async function post(url: string, body: unknown): Promise<ClaimResponse> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as ClaimResponse;
}

/** Asks the dev server to open a file at a line in the editor it knows (Vite's own endpoint). */
export function openInEditor(file: string, line: number): void {
  void fetch(`/__open-in-editor?${new URLSearchParams({ file: `${file}:${line}` })}`);
}
