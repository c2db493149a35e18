/**
 * Scaffolds an article from a text as received:
 *
 *   npm run new-article -- <received-text-file> [--id <id>]
 *
 * writes content/received/<id>.txt (the file, byte for byte), content/articles/<id>.md
 * (the frontmatter the articles schema asks for, with its header lines filled in from
 * the text and everything else a TODO that fails the build until replaced, then the
 * body, one paragraph per block) and an empty content/claims/<id>.yaml. It writes
 * nothing if any of the three exists. Plain Node (types stripped), no imports of the
 * site's own modules.
 */
import { copyFile, constants, readFile, writeFile, access } from 'node:fs/promises';
import { basename, extname } from 'node:path';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface Header {
  headline?: string;
  rubric?: string;
  standfirst?: string;
  /** The dateline, as YYYY-MM-DD. */
  date?: string;
}

function usage(message: string): never {
  console.error(`${message}\n\nUsage: npm run new-article -- <received-text-file> [--id <id>]`);
  process.exit(1);
}

function parseArguments(args: string[]): { file: string; id: string } {
  const at = args.indexOf('--id');
  const id = at === -1 ? undefined : args[at + 1];
  if (at !== -1 && !id) usage('--id needs a value.');
  const rest = args.filter((_, index) => at === -1 || (index !== at && index !== at + 1));
  if (rest.length !== 1) usage('Give exactly one received text file.');
  const file = rest[0]!;
  const chosen = id ?? basename(file, extname(file)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (!ID.test(chosen)) usage(`"${chosen}" is not a usable article id: use lower-case letters, digits and single hyphens (--id outlet-short-title).`);
  return { file, id: chosen };
}

/** Header lines as content/received/ texts have them: headings by level, the image, the dateline. */
function readHeader(lines: readonly string[]): Header {
  const header: Header = {};
  for (const line of lines) {
    const heading = /^(#{1,6}) (.+)$/.exec(line);
    const dateline = /^> (\w{3}) (\d{1,2})(?:st|nd|rd|th) (\d{4})$/.exec(line);
    if (heading) {
      const text = heading[2]!.trim();
      if (heading[1]!.length === 1) header.headline = text;
      else if (heading[1]!.length === 6) header.rubric = text;
      else header.standfirst = text;
    } else if (dateline) {
      const date = new Date(`${dateline[1]} ${dateline[2]}, ${dateline[3]} UTC`);
      if (!Number.isNaN(date.getTime())) header.date = date.toISOString().slice(0, 10);
    }
  }
  return header;
}

const isHeaderLine = (line: string) => /^(#|!\[|>)/.test(line);

/** Markdown would read the text's own brackets, emphasis signs and list markers as markup. */
function escaped(paragraph: string): string {
  return paragraph.replace(/[\\[\]*_`<]/g, (char) => `\\${char}`).replace(/^(\d+)\. /, '$1\\. ').replace(/^([-+]) /, '\\$1 ');
}

function quoted(value: string): string {
  return JSON.stringify(value);
}

function frontmatter(id: string, header: Header): string {
  const optional = (key: string, value: string | undefined) => (value === undefined ? [] : [`${key}: ${quoted(value)}`]);
  return [
    '---',
    `id: ${id}`,
    'outlet: "TODO: the outlet, as it names itself"',
    'kind: TODO                      # analysis | editorial',
    ...optional('rubric', header.rubric),
    `headline: ${quoted(header.headline ?? 'TODO: the headline as published')}`,
    ...optional('standfirst', header.standfirst),
    'dates:',
    `  - date: ${quoted(header.date ?? 'TODO')}${header.date ? '  # from the dateline' : '  # "YYYY-MM-DD", in quotes'}`,
    '    meaning: TODO               # published-online | print-edition | reprinted | written',
    'source:',
    '  label: "TODO: where the text comes from"',
    '  kind: TODO                    # original | reprint',
    '  # url: only a URL that is known; never guess one',
    'byline:',
    '  signed: TODO                  # true, with name: …; or false, with note: why it is unsigned',
    'language: TODO                  # a language tag, e.g. en-GB',
    'editorialNotes: []              # every change from the text as received (docs/content.md)',
    '---',
  ].join('\n');
}

function claimsFile(id: string): string {
  return [
    `# Claims in ${id}: each quote is the article's exact words, and the build anchors it in the text.`,
    '# Add them by hand (docs/content.md, "Adding a claim") or with the Annotate app of `npm run dev`.',
    '',
  ].join('\n');
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

const { file, id } = parseArguments(process.argv.slice(2));
const targets = { received: `content/received/${id}.txt`, article: `content/articles/${id}.md`, claims: `content/claims/${id}.yaml` };
const present: string[] = [];
for (const path of Object.values(targets)) if (await exists(path)) present.push(path);
if (present.length > 0) usage(`Nothing was written: ${present.join(', ')} already exist${present.length === 1 ? 's' : ''}. Choose another id with --id.`);
const text = await readFile(file, 'utf8').catch(() => usage(`Cannot read ${file}.`));
const lines = text.split(/\r?\n/).map((line) => line.trim());
const paragraphs = lines.filter((line) => line !== '' && !isHeaderLine(line)).map(escaped);
if (paragraphs.length === 0) usage(`${file} has no paragraphs of text.`);

await copyFile(file, targets.received, constants.COPYFILE_EXCL);
await writeFile(targets.article, `${frontmatter(id, readHeader(lines))}\n\n${paragraphs.join('\n\n')}\n`, { flag: 'wx' });
await writeFile(targets.claims, claimsFile(id), { flag: 'wx' });
console.log(`Wrote ${Object.values(targets).join(', ')}.\nReplace every TODO in ${targets.article} (the build names each one), then add its claims.`);
