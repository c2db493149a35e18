import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { parse } from 'yaml';
import { ARTICLE_KINDS } from '../../src/content/vocabulary';
import { PROJECT_ROOT } from './project';

/**
 * Every article in content/articles/ with the text it was copied from,
 * content/received/<id>.txt, byte for byte as received: the tests prove each copy
 * faithful to it, so adding an article adds its checks without touching a test.
 */

interface HeaderLine {
  line: string;
  /** The element of the page header that must show it. */
  shownIn: string;
  /** Text that element must contain. */
  expected: string;
}

interface ReceivedPiece {
  id: string;
  outlet: string;
  kindLabel: string;
  /** content/received/<id>.txt, relative to the project. */
  file: string;
  text: string;
}

export async function receivedPieces(): Promise<ReceivedPiece[]> {
  const articles = (await glob('content/articles/*.md', { cwd: PROJECT_ROOT })).sort();
  return Promise.all(
    articles.map(async (article) => {
      const markdown = await readFile(join(PROJECT_ROOT, article), 'utf8');
      const frontmatter = parse(markdown.split(/^---\r?$/m)[1] ?? '') as { id: string; outlet: string; kind: keyof typeof ARTICLE_KINDS };
      const file = `content/received/${frontmatter.id}.txt`;
      await access(join(PROJECT_ROOT, file)).catch(() => {
        throw new Error(`${file} is missing: every copy in ${article} is checked against the text as received, byte for byte.`);
      });
      return { id: frontmatter.id, outlet: frontmatter.outlet, kindLabel: ARTICLE_KINDS[frontmatter.kind], file, text: await readFile(join(PROJECT_ROOT, file), 'utf8') };
    }),
  );
}

/** The received text's body paragraphs: header lines (Markdown headings, image, dateline) are frontmatter. */
export function bodyParagraphs(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^(#|!\[|>)/.test(line));
}

const HEADING_PLACES: Record<number, string> = { 1: '.article-header h1', 5: '.article-header .lede', 6: '.article-header .eyebrow' };

/** The received text's header lines, each with where the page header must show it. */
export function headerLines(text: string): HeaderLine[] {
  const header: HeaderLine[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const heading = /^(#+) (.+)$/.exec(line);
    const image = /^!\[[^\]]*\]\((?:.*\/)?([^/)]+)\)$/.exec(line);
    const dateline = /^> (\w{3}) (\d{1,2})(?:st|nd|rd|th) (\d{4})$/.exec(line);
    if (heading) {
      const shownIn = HEADING_PLACES[heading[1]!.length];
      if (!shownIn) throw new Error(`No place in the page header for the heading “${line}”: add its level to HEADING_PLACES.`);
      header.push({ line, shownIn, expected: heading[2]! });
    } else if (image) {
      header.push({ line, shownIn: '.article-header .missing-image', expected: image[1]! });
    } else if (dateline) {
      const [, month, day, year] = dateline;
      const iso = new Date(`${month} ${day}, ${year} UTC`).toISOString().slice(0, 10);
      // The date is checked by the element's presence (its machine-readable datetime), not by its wording.
      header.push({ line, shownIn: `.article-facts time[datetime="${iso}"]`, expected: '' });
    } else if (line.startsWith('>')) {
      throw new Error(`Unrecognised header line “${line}”: say in headerLines() where the page shows it.`);
    }
  }
  return header;
}
