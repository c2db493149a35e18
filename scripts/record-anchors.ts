/**
 * Records in content/anchors.yaml every anchor id the built site (dist/) publishes
 * that the registry does not list yet, so that renaming it later needs an alias.
 * Run after a build: `npm run build && npm run anchors:record`. It only adds: ids
 * that are gone stay listed (they were published), and comments and order are kept.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parseDocument, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { isPublishedAnchor } from '../src/links/anchor-registry';

const DIST = 'dist';
const REGISTRY = 'content/anchors.yaml';

async function* htmlFiles(folder: string): AsyncGenerator<string> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** Anchor ids per site path, in document order. */
async function publishedAnchors(): Promise<Map<string, string[]>> {
  const byPage = new Map<string, string[]>();
  for await (const file of htmlFiles(DIST)) {
    const path = `/${relative(DIST, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const ids: string[] = [];
    visit(unified().use(rehypeParse).parse(await readFile(file, 'utf8')), 'element', (node) => {
      const id = node.properties.id;
      if (typeof id === 'string' && isPublishedAnchor(node.tagName, id)) ids.push(id);
    });
    if (ids.length > 0) byPage.set(path, ids);
  }
  return byPage;
}

const published = await publishedAnchors().catch(() => {
  console.error(`No built site in ${DIST}/: build it first (npm run build).`);
  process.exit(1);
});
const registry: Document = parseDocument(await readFile(REGISTRY, 'utf8').catch(() => ''));
const entries = registry.contents instanceof YAMLSeq ? (registry.contents as YAMLSeq<YAMLMap>) : new YAMLSeq<YAMLMap>();
registry.contents = entries;

let added = 0;
for (const [page, ids] of [...published].sort(([a], [b]) => a.localeCompare(b))) {
  let entry = entries.items.find((item) => item.get('id') === page);
  if (!entry) {
    entry = registry.createNode({ id: page, anchors: [] }) as YAMLMap;
    entries.items.push(entry);
  }
  const anchors = entry.get('anchors') as YAMLSeq;
  const known = new Set(anchors.items.map((item) => String((item as { value?: unknown }).value ?? item)));
  for (const id of ids) {
    if (known.has(id)) continue;
    anchors.add(registry.createNode(id));
    known.add(id);
    added += 1;
    console.log(`+ ${page}#${id}`);
  }
}

await writeFile(REGISTRY, registry.toString({ lineWidth: 0 }));
console.log(added === 0 ? `${REGISTRY} already lists every published anchor.` : `Added ${added} anchor ids to ${REGISTRY}.`);
