import { existsSync } from 'node:fs';
import { glob } from 'astro/loaders';

const ARTICLES_DIR = './content/articles';

/**
 * The articles collection's loader: one Markdown file per article, whose
 * frontmatter `id` is the article's id (and URL). Two files claiming one id is an
 * error, not a silent overwrite.
 */
export function articleLoader() {
  return glob({ pattern: '*.md', base: ARTICLES_DIR, generateId: articleIdFromFrontmatter(new Map()) });
}

function articleIdFromFrontmatter(filesById: Map<string, string>) {
  return ({ entry, data }: { entry: string; data: Record<string, unknown> }): string => {
    const id = typeof data.id === 'string' && data.id !== '' ? data.id : entry.replace(/\.md$/, '');
    const owner = filesById.get(id);
    // A file renamed while the dev server runs leaves its old name behind here.
    if (owner && owner !== entry && existsSync(`${ARTICLES_DIR}/${owner}`)) {
      throw new Error(`content/articles/${entry}: id "${id}" is already used by content/articles/${owner}. Give each article its own id.`);
    }
    filesById.set(id, entry);
    return id;
  };
}
