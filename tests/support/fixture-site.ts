import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createServer } from 'node:net';
import { PROJECT_ROOT, runAstro, startAstro, type CommandResult } from './project';
import { serveStatic, type StaticServer } from './static-server';

export const SITE_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content'];
const TEST_FILES = ['vitest.config.ts', '.htmlvalidate.json', 'tests'];

interface ProjectCopy {
  root: string;
  remove(): Promise<void>;
}

/**
 * A throwaway copy of the project (its node_modules linked, not copied), changed
 * by `edit`. `files` says what to copy; `remove()` deletes it.
 */
async function copyProject(files: string[], edit: (root: string) => Promise<void>): Promise<ProjectCopy> {
  const root = await mkdtemp(join(tmpdir(), 'crocus-fixture-'));
  const remove = () => rm(root, { recursive: true, force: true });
  try {
    for (const name of files) await cp(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
    await symlink(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    await edit(root);
    return { root, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** Runs `work` in a copy of the project changed by `edit`, and removes the copy afterwards. */
export async function inProjectCopy<Result>(files: string[], edit: (root: string) => Promise<void>, work: (root: string) => Promise<Result>): Promise<Result> {
  const copy = await copyProject(files, edit);
  try {
    return await work(copy.root);
  } finally {
    await copy.remove();
  }
}

export interface EditedBuildOptions {
  /** Environment variables for the build, e.g. SITE_URL and BASE_PATH. */
  env?: Record<string, string>;
}

/**
 * Builds a copy of the project whose content has been changed by `edit` (which
 * gets the copy's root folder): the real site with one thing broken, so a test
 * sees exactly what an editor would see.
 */
export function buildWithEditedContent(edit: (root: string) => Promise<void>, { env = {} }: EditedBuildOptions = {}): Promise<CommandResult> {
  return inProjectCopy(SITE_FILES, edit, (root) => runAstro(['build', '--force'], root, env));
}

export interface EditedBuild extends ProjectCopy {
  result: CommandResult;
  /** The copy's built site, to inspect or serve; remove() deletes it with the copy. */
  dist: string;
}

/** Like `buildWithEditedContent`, but keeps the copy and its dist/ until `remove()`. */
export async function buildEditedCopy(edit: (root: string) => Promise<void>, { env = {} }: EditedBuildOptions = {}): Promise<EditedBuild> {
  const copy = await copyProject(SITE_FILES, edit);
  try {
    return { ...copy, result: await runAstro(['build', '--force'], copy.root, env), dist: join(copy.root, 'dist') };
  } catch (error) {
    await copy.remove();
    throw error;
  }
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

/** An edit that rewrites one file of the copy: `change` gets its text and returns the new text. */
export function editFile(path: string, change: (text: string) => string | Promise<string>) {
  return async (root: string) => {
    const file = join(root, path);
    await writeFile(file, await change(await readFile(file, 'utf8')));
  };
}

/** Replaces the first match, failing loudly when the content it expects has changed. */
export function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit found nothing to replace: ${from}`);
  return next;
}

export interface EditedSite {
  build: EditedBuild;
  /** Where its dist/ is served. */
  url: string;
}

/**
 * For tests of an edited copy: builds it before the file's tests, serves its dist/
 * on loopback, and removes both afterwards.
 */
export function useEditedSite(edit: (root: string) => Promise<void>, options: EditedBuildOptions = {}): () => EditedSite {
  let copy: EditedBuild | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    copy = await buildEditedCopy(edit, options);
    if (copy.result.code !== 0) throw new Error(`The edited copy did not build:\n${copy.result.output}`);
    server = await serveStatic(copy.dist);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await copy?.remove();
  });
  return () => {
    if (!copy || !server) throw new Error('The edited site is not being served');
    return { build: copy, url: server.url };
  };
}

export interface DevServer {
  /** The copy's folder: its content/ is what the dev server serves. */
  root: string;
  url: string;
  /** What `astro dev` has printed so far. */
  output(): string;
}

/**
 * For tests of `astro dev`: a copy of the project changed by `edit`, served by the
 * dev server on a free loopback port for the file's tests, then stopped and removed.
 * The first page is requested before the tests start, so they do not wait for its
 * first compilation.
 */
export function useDevServer(edit: (root: string) => Promise<void> = async () => {}, warmUp = '/'): () => DevServer {
  let copy: ProjectCopy | undefined;
  let server: ReturnType<typeof startAstro> | undefined;
  let url = '';
  beforeAll(async () => {
    copy = await copyProject(SITE_FILES, edit);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = startAstro(['dev', '--host', '127.0.0.1', '--port', String(port)], copy.root);
    await waitForPage(new URL(warmUp, url).href, server.output);
  }, 120_000);
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      const stopped = new Promise((resolve) => server!.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      await stopped;
    }
    await copy?.remove();
  });
  return () => {
    if (!copy || !server) throw new Error('The dev server is not running');
    return { root: copy.root, url, output: server.output };
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForPage(url: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 100_000;
  while (Date.now() < deadline) {
    const response = await fetch(url).catch(() => undefined);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro dev did not serve ${url}:\n${output()}`);
}
