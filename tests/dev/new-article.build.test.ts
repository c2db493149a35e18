import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inProjectCopy, SITE_FILES } from '../support/fixture-site';
import { renderMarkdown } from '../support/markdown';
import { runAstro } from '../support/project';
import { bodyParagraphs } from '../support/received-texts';

/** `npm run new-article` on a text as received (the Economist's, under another id), in a copy of the project. */

const FIXTURE = 'content/received/economist-uses-of-terror.txt';
const ID = 'test-scaffolded';

function newArticle(root: string, ...args: string[]): Promise<{ code: number; output: string }> {
  return promisify(execFile)(process.execPath, ['scripts/new-article.ts', ...args], { cwd: root }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
}

const read = (root: string, path: string) => readFile(join(root, path), 'utf8');

describe('npm run new-article', () => {
  it('scaffolds the received text byte for byte, the article with its header lines and its body, and an empty claims file', async () => {
    await inProjectCopy([...SITE_FILES, 'scripts'], async () => {}, async (root) => {
      expect((await newArticle(root, FIXTURE, '--id', ID)).code).toBe(0);
      expect(await readFile(join(root, `content/received/${ID}.txt`))).toEqual(await readFile(join(root, FIXTURE)));
      const [, frontmatter, body] = (await read(root, `content/articles/${ID}.md`)).split(/^---$/m);
      expect(parse(frontmatter!)).toMatchObject({
        id: ID,
        outlet: expect.stringMatching(/^TODO/),
        rubric: 'The uses of terror',
        headline: 'Vladimir Putin blames an Islamist attack on Ukraine and America',
        standfirst: 'How to use a disastrous security failure to bolster dictatorship',
        dates: [{ date: '2024-03-27', meaning: 'TODO' }],
      });
      const rendered = await renderMarkdown(body!);
      const paragraphs = [...rendered.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, '').replace(/&#x26;/g, '&'));
      expect(paragraphs).toEqual(bodyParagraphs(await read(root, FIXTURE)));
      expect(parse(await read(root, `content/claims/${ID}.yaml`))).toBeNull();

      const again = await newArticle(root, FIXTURE, '--id', ID);
      expect(again.code).toBe(1);
      expect(again.output).toContain(`Nothing was written: content/received/${ID}.txt, content/articles/${ID}.md, content/claims/${ID}.yaml already exist.`);
      expect(await newArticle(root, FIXTURE, '--id', 'Not An Id')).toMatchObject({ code: 1, output: expect.stringContaining('is not a usable article id') });
    });
  });

  it('names the article after its file when no id is given', async () => {
    await inProjectCopy([...SITE_FILES, 'scripts'], async () => {}, async (root) => {
      const answer = await newArticle(root, 'content/received/washington-post-enemy-of-all.txt');
      expect(answer).toMatchObject({ code: 1, output: expect.stringContaining('content/received/washington-post-enemy-of-all.txt') });
    });
  });

  it('leaves TODO values that fail the build, naming the file and each field to fill', async () => {
    const result = await inProjectCopy([...SITE_FILES, 'scripts'], async () => {}, async (root) => {
      await newArticle(root, FIXTURE, '--id', ID);
      return runAstro(['build', '--force'], root);
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`content/articles/${ID}.md`);
    expect(result.output).toContain('outlet: expected the outlet name, not the TODO placeholder: replace it with the real value');
    for (const field of ['kind', 'dates.0.meaning', 'source.label', 'source.kind', 'byline.signed', 'language']) expect(result.output).toMatch(new RegExp(`^\\s+${field.replaceAll('.', '\\.')}: expected`, 'm'));
  }, 180_000);
});
