import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { registeredPageSchema, type RegisteredPage } from '../../src/content/schemas/registered-page';
import { checkRegistry, isPublishedAnchor, type RegistryCheck } from '../../src/links/anchor-registry';
import { builtPages, elements, idsOf } from './built-site';
import { DIST, PROJECT_ROOT } from './project';

/** A project's anchor registry (content/anchors.yaml), checked against its schema. */
export async function readRegistry(root = PROJECT_ROOT): Promise<RegisteredPage[]> {
  const entries: unknown[] = parse(await readFile(join(root, 'content/anchors.yaml'), 'utf8')) ?? [];
  return entries.map((entry) => registeredPageSchema.parse(entry));
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
