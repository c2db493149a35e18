import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, runAstro, type CommandResult } from './project';

const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content'];

/**
 * Builds a copy of the project whose content has been changed by `edit` (which
 * gets the copy's root folder): the real site with one thing broken, so a test
 * sees exactly what an editor would see.
 */
export async function buildWithEditedContent(edit: (root: string) => Promise<void>): Promise<CommandResult> {
  const root = await mkdtemp(join(tmpdir(), 'crocus-fixture-'));
  try {
    for (const name of PROJECT_FILES) await cp(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
    await symlink(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    await edit(root);
    return await runAstro(['build', '--force'], root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
