import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import type { claimSchema } from '../../src/content/schemas/claim';
import { PROJECT_ROOT } from './project';

/** A claim as its file writes it: the schema's input, before defaults, without the article its file names. */
export type ClaimInFile = Omit<z.input<typeof claimSchema>, 'article'>;

/** An article's claims as content/claims/<article>.yaml lists them: what a test checks the page against. */
export async function readClaims(articleId: string): Promise<ClaimInFile[]> {
  return parse(await readFile(join(PROJECT_ROOT, 'content', 'claims', `${articleId}.yaml`), 'utf8')) as ClaimInFile[];
}
