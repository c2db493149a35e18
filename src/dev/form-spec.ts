import { z } from 'astro/zod';
import { claimSchema } from '../content/schemas/claim';
import { personSchema } from '../content/schemas/person';
import * as vocabulary from '../content/vocabulary';
import type { JsonSchema, ReferenceKind } from './api';

/**
 * The claim form is drawn from the schemas the build checks with, as JSON Schema,
 * so a field added to `claimSchema` is offered without touching the toolbar.
 */

/** Which claim fields name entries of other collections (the build checks them in src/content/references.ts). */
export const CLAIM_REFERENCES: Readonly<Record<string, ReferenceKind>> = {
  claimant: 'person',
  sources: 'source',
  'assessment.sources': 'source',
  events: 'event',
  figure: 'figure',
  'related.claim': 'claim',
};

export function claimFormSchema(): JsonSchema {
  return withLabels(z.toJSONSchema(claimSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
}

export function personFormSchema(): JsonSchema {
  return withLabels(z.toJSONSchema(personSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
}

/** Reader-facing labels of every closed vocabulary, by the vocabulary's keys in order. */
const VOCABULARIES: Record<string, string>[] = Object.values(vocabulary).flatMap((list) => {
  if (typeof list !== 'object' || list === null || Array.isArray(list) || list instanceof Set) return [];
  return [Object.fromEntries(Object.entries(list).map(([key, value]) => [key, typeof value === 'string' ? value : String((value as { label?: string }).label ?? key)]))];
});

/** Gives each closed list of the schema the labels of the vocabulary with exactly its values. */
function withLabels(schema: JsonSchema): JsonSchema {
  const walk = (node: JsonSchema): JsonSchema => {
    const labels = node.enum && VOCABULARIES.find((labelled) => sameSet(Object.keys(labelled), node.enum!));
    return {
      ...node,
      ...(labels ? { labels } : {}),
      ...(node.properties ? { properties: Object.fromEntries(Object.entries(node.properties).map(([key, value]) => [key, walk(value)])) } : {}),
      ...(node.items ? { items: walk(node.items) } : {}),
      ...(node.anyOf ? { anyOf: node.anyOf.map(walk) } : {}),
    };
  };
  return walk(schema);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}
