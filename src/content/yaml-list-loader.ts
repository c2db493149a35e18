import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'tinyglobby';
import { parse, YAMLParseError } from 'yaml';

export interface YamlListOptions {
  /** Files to read, relative to the project root, e.g. "content/claims/*.yaml". */
  pattern: string;
  /**
   * A field set on every entry from its file's name (without ".yaml"), e.g. the
   * claims in content/claims/<article>.yaml get `article`.
   */
  fileNameField?: string;
  /**
   * A field set on every entry to its place in its file (0, 1, …), for lists whose
   * order is editorial, e.g. themes. Collections come back in id order otherwise.
   */
  positionField?: string;
}

/**
 * Loads YAML files that each hold a list of entries with an `id`, one collection
 * entry per list item. YAML is read with the core schema, so dates stay the
 * strings their authors wrote. Errors name the file and the entry: an id used
 * twice (in one file or two), a file that is not a list, an item without an id.
 */
export function yamlListLoader({ pattern, fileNameField, positionField }: YamlListOptions): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ config, parseData, store, watcher, logger }) => {
      const root = fileURLToPath(config.root);

      const loadAll = async () => {
        const files = (await glob(pattern, { cwd: root })).sort();
        const owners = new Map<string, string>();
        store.clear();
        for (const file of files) {
          const items = await readList(join(root, file), file);
          for (const [index, item] of items.entries()) {
            const where = `${file}, entry ${index + 1}`;
            if (typeof item !== 'object' || item === null || Array.isArray(item)) {
              throw new Error(`${where}: expected a mapping of fields (id: …, …), got ${JSON.stringify(item)}.`);
            }
            const { id } = item as { id?: unknown };
            if (typeof id !== 'string' || id === '') throw new Error(`${where}: expected an id (a string) for this entry.`);
            const owner = owners.get(id);
            if (owner) throw new Error(`${where}: the id "${id}" is already used in ${owner}. Every id must be unique: it is part of a URL.`);
            owners.set(id, where);
            const data = {
              ...item,
              ...(fileNameField ? { [fileNameField]: basename(file, '.yaml') } : {}),
              ...(positionField ? { [positionField]: index } : {}),
            };
            const parsed = await parseData({ id, data: data as Record<string, unknown>, filePath: join(root, file) });
            store.set({ id, data: parsed, filePath: file });
          }
        }
      };

      await loadAll();
      watcher?.on('all', async (_event, changed) => {
        const file = relative(root, changed);
        if (!(await glob(pattern, { cwd: root })).includes(file)) return;
        logger.info(`Reloading after a change to ${file}`);
        await loadAll().catch((error: unknown) => logger.error(String(error)));
      });
    },
  };
}

async function readList(path: string, file: string): Promise<unknown[]> {
  let parsed: unknown;
  try {
    parsed = parse(await readFile(path, 'utf8'), { schema: 'core', prettyErrors: true });
  } catch (error) {
    if (error instanceof YAMLParseError) throw new Error(`${file}: this is not valid YAML. ${error.message}`);
    throw error;
  }
  if (parsed === null || parsed === undefined) return [];
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected a list of entries (each line starting "- id: …").`);
  return parsed;
}
