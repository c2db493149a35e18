import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { oneAtATime, writeAtomically } from '../../src/dev/file-writes';

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crocus-writes-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('writeAtomically', () => {
  it('replaces the file whole and leaves nothing beside it', async () => {
    await writeFile(join(folder, 'a.yaml'), 'old\n');
    await writeAtomically(join(folder, 'a.yaml'), 'new\n');
    expect(await readFile(join(folder, 'a.yaml'), 'utf8')).toBe('new\n');
    expect(await readdir(folder)).toEqual(['a.yaml']);
  });

  it('leaves what was there when the write cannot be completed, and cleans up', async () => {
    // A folder where the file should be: the rename fails after the temporary file is written.
    await mkdir(join(folder, 'b.yaml'));
    await writeFile(join(folder, 'b.yaml', 'inside'), 'kept');
    await expect(writeAtomically(join(folder, 'b.yaml'), 'new\n')).rejects.toThrow();
    expect(await readFile(join(folder, 'b.yaml', 'inside'), 'utf8')).toBe('kept');
    expect(await readdir(folder)).toEqual(['b.yaml']);
  });
});

describe('oneAtATime', () => {
  it('runs each edit after the one before has finished, even when that one fails', async () => {
    const file = join(folder, 'list.txt');
    await writeFile(file, '');
    const append = (line: string, fail = false) =>
      oneAtATime(async () => {
        const before = await readFile(file, 'utf8');
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (fail) throw new Error('failed');
        await writeFile(file, `${before}${line}\n`);
      });
    const results = await Promise.allSettled([append('one'), append('two', true), append('three')]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await readFile(file, 'utf8')).toBe('one\nthree\n');
  });
});
