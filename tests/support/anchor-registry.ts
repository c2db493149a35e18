import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { collections } from '../../src/content.config';
import { checkRegistry, isPublishedAnchor, type RegisteredPage, type RegistryCheck } from '../../src/lib/anchor-registry';
import { builtPages, elements, idsOf } from './built-site';
import { DIST, PROJECT_ROOT } from './project';

const schema = collections.anchors.schema as unknown as import('astro/zod').ZodType<{ id: string } & Omit<RegisteredPage, 'page'>>;

/** A project's anchor registry (content/anchors.yaml), checked against its schema. */
export async function readRegistry(root = PROJECT_ROOT): Promise<RegisteredPage[]> {
  const entries: unknown[] = parse(await readFile(join(root, 'content/anchors.yaml'), 'utf8')) ?? [];
  return entries.map((entry) => {
    const { id, anchors, aliases } = schema.parse(entry);
    return { page: id, anchors, aliases };
  });
}

/** Checks a project's registry against its built site: what no longer resolves, and what is not registered. */
export async function checkBuiltRegistry(root = PROJECT_ROOT, dist = DIST): Promise<RegistryCheck> {
  const pages = new Map(
    (await builtPages(dist)).map((page) => {
      const anchors = elements(page.tree, (element) => isPublishedAnchor(element.tagName, String(element.properties.id ?? '')));
      return [page.path, { ids: idsOf(page.tree), anchors: new Set(anchors.map((element) => String(element.properties.id))) }];
    }),
  );
  return checkRegistry(await readRegistry(root), pages);
}
