import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from './project';

export interface ClaimInFile {
  id: string;
  type: 'factual' | 'figure' | 'attributed' | 'allegation' | 'opinion' | 'prediction';
  quote: string;
  summary: string;
  assessment?: { verdict: string; reason: string };
}

/** An article's claims as content/claims/<article>.yaml lists them: what a test checks the page against. */
export async function readClaims(articleId: string): Promise<ClaimInFile[]> {
  return parse(await readFile(join(PROJECT_ROOT, 'content', 'claims', `${articleId}.yaml`), 'utf8')) as ClaimInFile[];
}
