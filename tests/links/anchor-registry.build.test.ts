import { describe, expect, it } from 'vitest';
import { checkBuiltRegistry, readRegistry } from '../support/anchor-registry';

describe('the anchor registry (content/anchors.yaml) and the built site', async () => {
  const registry = await readRegistry();
  const { unresolved, unregistered } = await checkBuiltRegistry();

  it('lists the articles’ paragraphs and claims', () => {
    const economist = registry.find((entry) => entry.id === '/articles/economist-uses-of-terror/');
    expect(economist?.anchors).toContain('p-few-russian-leaders-apart-from-stalin');
    expect(economist?.anchors.some((id) => id.startsWith('claim-'))).toBe(true);
  });

  it('every published id still resolves, itself or through an alias', () => {
    expect(unresolved).toEqual([]);
  });

  it('every anchor the site publishes is registered (run `npm run build && npm run anchors:record`)', () => {
    expect(unregistered).toEqual([]);
  });
});
