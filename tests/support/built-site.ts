import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { DIST } from './project';

export interface BuiltPage {
  /** Site path, e.g. "/articles/x/" or "/404.html". */
  path: string;
  file: string;
  tree: Root;
}

async function* walk(folder: string): AsyncGenerator<string> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Every file a built site (dist/ unless another is given) holds, as site paths. */
export async function builtFiles(dist = DIST): Promise<string[]> {
  const files: string[] = [];
  for await (const file of walk(dist)) files.push(`/${relative(dist, file).split(sep).join('/')}`);
  return files.sort();
}

/** The site path a built HTML file is served at. */
export function pagePath(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** Every HTML page of a built site (dist/ unless another is given), parsed. */
export async function builtPages(dist = DIST): Promise<BuiltPage[]> {
  const files = (await builtFiles(dist)).filter((file) => file.endsWith('.html'));
  return Promise.all(
    files.map(async (file) => ({
      path: pagePath(file),
      file,
      tree: unified().use(rehypeParse).parse(await readFile(join(dist, file), 'utf8')),
    })),
  );
}

export function elements(tree: Root, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    if (test(node)) found.push(node);
  });
  return found;
}

export function idsOf(tree: Root): Set<string> {
  return new Set(elements(tree, (element) => element.properties.id !== undefined).map((element) => String(element.properties.id)));
}

/**
 * One page for each template: pages that load the same scripts and styles are one
 * template, and the largest of them (the most content to lay out) stands for it.
 */
export async function onePagePerTemplate(): Promise<BuiltPage[]> {
  const largest = new Map<string, { page: BuiltPage; size: number }>();
  for (const page of await builtPages()) {
    const assets = elements(
      page.tree,
      (element) =>
        (element.tagName === 'script' && !/json/.test(String(element.properties.type ?? ''))) ||
        element.tagName === 'style' ||
        (element.tagName === 'link' && String(element.properties.rel) === 'stylesheet'),
    );
    const signature = assets.map((element) => `${element.tagName} ${String(element.properties.src ?? element.properties.href ?? '')} ${element.tagName === 'link' ? '' : toString(element)}`).join('\n');
    const { size } = await stat(join(DIST, page.file));
    const current = largest.get(signature);
    if (!current || size > current.size) largest.set(signature, { page, size });
  }
  return [...largest.values()].map(({ page }) => page).sort((a, b) => a.path.localeCompare(b.path));
}

/** The code of every script a page runs: its inline scripts, and its bundled files with the chunks they import. */
export async function scriptCode(page: BuiltPage): Promise<string[]> {
  const scripts = elements(page.tree, (element) => element.tagName === 'script' && !/json/.test(String(element.properties.type ?? '')));
  const code = scripts.filter((script) => script.properties.src === undefined).map(toString);
  const pending = scripts.flatMap((script) => (script.properties.src === undefined ? [] : [String(script.properties.src)]));
  const seen = new Set<string>();
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (seen.has(path)) continue;
    seen.add(path);
    const text = await readFile(join(DIST, path), 'utf8');
    code.push(text);
    for (const [, imported] of text.matchAll(/(?:from|import\()\s*["'](\.\/[^"']+)["']/g)) pending.push(new URL(imported!, `https://site.invalid${path}`).pathname);
  }
  return code;
}
