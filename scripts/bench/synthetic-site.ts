/**
 * A synthetic corpus written into a copy of the project, for measuring builds at
 * scale: `articles` pieces of `paragraphs` paragraphs each, made of the real pieces'
 * sentences with one word in six swapped for another, so that no two paragraphs are
 * alike; one claim per paragraph, its quote taken from the generated text so that it
 * anchors; and timeline events the claims refer to, every event by some claim and
 * every piece to enough events for the timeline's coverage checks. Claimants and
 * sources are the real ones. Deterministic. Written only into the copy it is given,
 * never into the project.
 */
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify as stringifyYaml } from 'yaml';
import { MIN_EVENTS_PER_ARTICLE } from '../../src/content/coverage';
import { seededRandom } from './seeded-random';

export interface SyntheticShape {
  articles: number;
  paragraphs: number;
}

export interface SyntheticCorpus {
  articleIds: string[];
  claims: number;
  events: number;
  /** Every generated article file, relative to the root. */
  markdownFiles: string[];
}

const CLAIM_TYPES = ['opinion', 'factual', 'allegation', 'prediction'] as const;
const EVENT_CATEGORIES = ['background', 'warning', 'statement', 'war', 'politics', 'investigation'] as const;
const QUOTE_WORDS = 6;
/** The day every synthetic assessment says it was checked. */
const CHECKED = '2026-01-01';

/** Makes up text from the real pieces' sentences: varied prose with their own words and rhythm, the same for every run. */
function proseMaker(sentences: readonly string[]) {
  const random = seededRandom(2024_03_22);
  const pick = <Item>(items: readonly Item[]): Item => items[Math.floor(random() * items.length)]!;
  const vocabulary = [...new Set(sentences.flatMap((sentence) => sentence.split(' ')))];
  /** A real sentence, one word in six swapped. */
  const sentence = () =>
    pick(sentences)
      .split(' ')
      .map((word, index) => (index > 0 && random() < 1 / 6 ? pick(vocabulary) : word))
      .join(' ');
  const paragraph = (count: number) => Array.from({ length: count }, sentence).join(' ');
  return { random, pick, sentence, paragraph };
}

type Prose = ReturnType<typeof proseMaker>;

function syntheticEvents(count: number, prose: Prose, sources: readonly string[]) {
  return Array.from({ length: count }, (_, index) => ({
    id: `synthetic-event-${index + 1}`,
    title: prose.sentence().split(' ').slice(0, 8).join(' '),
    date: `${2000 + (index % 25)}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
    precision: 'day',
    category: EVENT_CATEGORIES[index % EVENT_CATEGORIES.length],
    summary: prose.paragraph(2),
    people: [],
    sources: [prose.pick(sources)],
  }));
}

/** One claim per paragraph where a run of words is unique in the article, tied to the article's events. */
function syntheticClaims(id: string, paragraphs: readonly string[], referred: readonly string[], prose: Prose, content: { people: string[]; sources: string[] }) {
  const body = paragraphs.join(' ');
  const claims = paragraphs.flatMap((text, index) => {
    const quote = uniqueRun(text, body, prose.random);
    if (!quote) return [];
    const type = CLAIM_TYPES[index % CLAIM_TYPES.length]!;
    const claimSources = [prose.pick(content.sources)];
    return [
      {
        id: `${id}-claim-${index + 1}`,
        quote,
        type,
        claimant: prose.pick(content.people),
        summary: prose.sentence(),
        note: prose.paragraph(2),
        sources: claimSources,
        ...(type === 'factual' || type === 'allegation'
          ? { assessment: { verdict: 'unverified', reason: prose.sentence(), sources: claimSources, checked: CHECKED } }
          : {}),
        events: [referred[index % referred.length]!],
      },
    ];
  });
  // An article with fewer paragraphs than events still refers to all of its events.
  if (claims.length > 0) claims[0]!.events = [...referred];
  return claims;
}

export async function writeSyntheticCorpus(root: string, shape: SyntheticShape): Promise<SyntheticCorpus> {
  const prose = proseMaker(await realSentences(root));
  const content = {
    people: listIds(await readFile(join(root, 'content/people.yaml'), 'utf8')),
    // The pieces themselves may support nothing (src/content/sourcing.ts).
    sources: listIds(await readFile(join(root, 'content/sources.yaml'), 'utf8'), (source) => source.article === undefined),
  };
  const events = syntheticEvents(Math.max(MIN_EVENTS_PER_ARTICLE, Math.ceil((shape.articles * MIN_EVENTS_PER_ARTICLE) / 10)), prose, content.sources);
  const eventIds = events.map((event) => event.id);
  const articleIds: string[] = [];
  const markdownFiles: string[] = [];
  let claimCount = 0;
  for (let number = 1; number <= shape.articles; number++) {
    const id = `synthetic-${String(number).padStart(4, '0')}`;
    const paragraphs = Array.from({ length: shape.paragraphs }, () => prose.paragraph(3 + Math.floor(prose.random() * 4)));
    // Every article refers to enough events, and together they refer to every event.
    const referred = Array.from({ length: MIN_EVENTS_PER_ARTICLE }, (_, index) => eventIds[((number - 1) * MIN_EVENTS_PER_ARTICLE + index) % eventIds.length]!);
    const claims = syntheticClaims(id, paragraphs, referred, prose, content);
    claimCount += claims.length;
    const file = `content/articles/${id}.md`;
    await writeFile(join(root, file), articleMarkdown(id, number, paragraphs));
    await writeFile(join(root, `content/claims/${id}.yaml`), stringify(claims));
    articleIds.push(id);
    markdownFiles.push(file);
  }
  await appendFile(join(root, 'content/events.yaml'), `\n${stringify(events)}`);
  return { articleIds, claims: claimCount, events: events.length, markdownFiles };
}

/** The sentences of the real pieces, as plain words (nothing Markdown would read as markup). */
async function realSentences(root: string): Promise<string[]> {
  const folder = join(root, 'content/articles');
  const texts = await Promise.all((await readdir(folder)).map((name) => readFile(join(folder, name), 'utf8')));
  return texts
    .flatMap((text) => text.replace(/^---[\s\S]*?\n---\n/, '').split(/(?<=[.?!”])\s+/))
    .map((sentence) => sentence.replace(/[\\[\]*_`<>#|~■]/g, '').replace(/\s+/g, ' ').trim())
    .filter((sentence) => /^[A-Z][a-z]/.test(sentence) && sentence.split(' ').length >= QUOTE_WORDS);
}

/** A run of words from `paragraph` that occurs once in the whole text, or undefined. */
function uniqueRun(paragraph: string, text: string, random: () => number): string | undefined {
  const words = paragraph.split(' ');
  for (let attempt = 0; attempt < 20; attempt++) {
    const start = Math.floor(random() * Math.max(1, words.length - QUOTE_WORDS));
    const run = words
      .slice(start, start + QUOTE_WORDS)
      .join(' ')
      .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
    if (run.length > 0 && text.indexOf(run) === text.lastIndexOf(run)) return run;
  }
  return undefined;
}

function articleMarkdown(id: string, number: number, paragraphs: string[]): string {
  const frontmatter = {
    id,
    outlet: 'Synthetic Review',
    kind: number % 3 === 0 ? 'editorial' : 'analysis',
    headline: `Synthetic piece ${number}`,
    standfirst: `A generated text for measuring builds at scale (${number})`,
    dates: [{ date: `2024-${String((number % 9) + 1).padStart(2, '0')}-${String((number % 28) + 1).padStart(2, '0')}`, meaning: 'published-online' }],
    source: { label: 'Generated for the benchmark', kind: 'original' },
    byline: { signed: false, note: 'Generated text.' },
    language: 'en-GB',
  };
  return `---\n${stringify(frontmatter)}---\n\n${paragraphs.join('\n\n')}\n`;
}

/** Every string in double quotes, as the schemas want dates (unquoted, YAML reads a timestamp). */
function stringify(value: unknown): string {
  return stringifyYaml(value, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
}

function listIds(yaml: string, keep: (entry: Record<string, unknown>) => boolean = () => true): string[] {
  return (parse(yaml) as ({ id: string } & Record<string, unknown>)[]).filter(keep).map((entry) => entry.id);
}
