import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes that never leave a content file half written, and never lose one of two
 * edits made at once.
 */

/**
 * Writes `text` to a temporary file beside `path`, then renames it over `path`: a
 * reader (or the dev server's watcher) sees the old file or the new one, never a
 * part; a write that fails leaves the file as it was.
 */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs edits one after another, each reading the files only once the one before
 * has written them: two saves in quick succession both land.
 */
export function oneAtATime<Result>(edit: () => Promise<Result>): Promise<Result> {
  const run = queue.then(edit, edit);
  queue = run.catch(() => undefined);
  return run;
}

/** Reads a file, or gives `fallback` when it does not exist. */
export async function readIfPresent(path: string, fallback: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
}
