/**
 * The baseline for build times: a plain Astro project that renders the same
 * Markdown files with Astro's defaults, one page per article and an index, and
 * nothing else (no annotation, claims, timeline, comparison or search).
 */
import { cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../tests/support/project';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'plain-baseline', private: true, type: 'module' }),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: './content/articles' }) }) };
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
const articles = await getCollection('articles');
---
<html lang="en"><head><meta charset="utf-8" /><title>Articles</title></head>
<body><main><h1>Articles</h1><ul>{articles.map((entry) => <li><a href={\`/articles/\${entry.id}/\`}>{entry.data.headline}</a></li>)}</ul></main></body></html>
`,
  'src/pages/articles/[id].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.headline}</title></head>
<body><main><h1>{entry.data.headline}</h1><Content /></main></body></html>
`,
};

/** Writes the plain project into `root`, with the Markdown files of `articlesFolder`. */
export async function writePlainProject(root: string, articlesFolder: string): Promise<void> {
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  await cp(articlesFolder, join(root, 'content/articles'), { recursive: true });
  await symlink(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
}
