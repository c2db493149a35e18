import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, runAstro, type CommandResult } from './project';

const SITE_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content'];
const TEST_FILES = ['vitest.config.ts', '.htmlvalidate.json', 'tests'];

/**
 * Runs `work` in a throwaway copy of the project (its node_modules linked, not
 * copied), after `edit` has changed the copy. `files` says what to copy.
 */
async function inProjectCopy<Result>(files: string[], edit: (root: string) => Promise<void>, work: (root: string) => Promise<Result>): Promise<Result> {
  const root = await mkdtemp(join(tmpdir(), 'crocus-fixture-'));
  try {
    for (const name of files) await cp(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
    await symlink(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    await edit(root);
    return await work(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * Builds a copy of the project whose content has been changed by `edit` (which
 * gets the copy's root folder): the real site with one thing broken, so a test
 * sees exactly what an editor would see.
 */
export function buildWithEditedContent(edit: (root: string) => Promise<void>): Promise<CommandResult> {
  return inProjectCopy(SITE_FILES, edit, (root) => runAstro(['build', '--force'], root));
}

/** Runs vitest on `testFiles` in a copy of the project, with extra environment variables. */
export function runTestsInCopy(testFiles: string[], env: Record<string, string | undefined>): Promise<CommandResult> {
  return inProjectCopy([...SITE_FILES, ...TEST_FILES], async () => {}, (root) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...testFiles], {
        cwd: root,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? 1, output }));
    }),
  );
}
