import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { EventLink } from '../../src/annotate/rehype-event-markers';
import { annotateMarkdown, type AnnotationOptions } from '../support/markdown';

/**
 * Each folder of fixtures/ is one case: `input.md`, rendered by the project's own
 * Markdown processor and annotated as the build annotates an article, with the
 * header lines, claims, editorial notes and events of `options.yaml` (its first
 * line says what the case shows). The result must be `output.html` (each header
 * line's HTML first, after a comment naming it, when the case has any), or the
 * error `error.txt`.
 * `UPDATE_FIXTURES=1 npx vitest run tests/annotate/fixtures.test.ts` writes them
 * anew, to be read before they are committed.
 */

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const UPDATE = process.env.UPDATE_FIXTURES === '1';

interface CaseOptions {
  header?: AnnotationOptions['header'];
  claims?: AnnotationOptions['claims'];
  editorialNotes?: AnnotationOptions['editorialNotes'];
  events?: Record<string, EventLink>;
}

function optionsOf(folder: string): { about: string; options: AnnotationOptions } {
  const text = readFileSync(join(folder, 'options.yaml'), 'utf8');
  const about = text.split('\n')[0]!.replace(/^#\s*/, '');
  const { header, claims, editorialNotes, events }: CaseOptions = parse(text) ?? {};
  return {
    about,
    options: {
      ...(header && { header }),
      ...(claims && { claims }),
      ...(editorialNotes && { editorialNotes }),
      ...(events && { eventOfClaim: new Map(Object.entries(events)) }),
    },
  };
}

async function outcome(folder: string, options: AnnotationOptions): Promise<{ file: string; text: string }> {
  try {
    const { html, header } = await annotateMarkdown(readFileSync(join(folder, 'input.md'), 'utf8'), options);
    const lines = Object.entries(header).map(([place, line]) => `<!-- ${place} -->\n${line.html}\n`);
    return { file: 'output.html', text: lines.length === 0 ? `${html}\n` : `${lines.join('')}<!-- body -->\n${html}\n` };
  } catch (error) {
    return { file: 'error.txt', text: `${(error as Error).message.trimEnd()}\n` };
  }
}

describe('annotating an article (tests/annotate/fixtures/)', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    const folder = join(FIXTURES, name);
    const { about, options } = optionsOf(folder);
    it(`${name}: ${about}`, async () => {
      const { file, text } = await outcome(folder, options);
      if (UPDATE) writeFileSync(join(folder, file), text);
      const expected = ['output.html', 'error.txt'].find((candidate) => existsSync(join(folder, candidate)));
      expect(expected, `${name} has no output.html or error.txt yet: run with UPDATE_FIXTURES=1 and read what it wrote`).toBeDefined();
      expect({ file, text }).toEqual({ file: expected, text: readFileSync(join(folder, expected!), 'utf8') });
    });
  }
});
