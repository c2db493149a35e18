import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_ENDPOINT, TOOLBAR_APP_ID } from '../../src/dev/api';
import { builtFiles } from '../support/built-site';
import { DIST } from '../support/project';

/** Words only the annotation tools use: the endpoint, the toolbar app, its panel and its form. */
const TRACES = [ANNOTATION_ENDPOINT, TOOLBAR_APP_ID, 'astro-dev-toolbar', 'Re-anchor here', 'As it will be saved', 'annotation-panel', 'src/dev/'];

describe('the built site', () => {
  it('holds no trace of the annotation tools, in any file', async () => {
    const files = await builtFiles();
    expect(files.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of files) {
      const text = (await readFile(join(DIST, file))).toString('latin1');
      for (const trace of TRACES) if (text.includes(trace)) found.push(`${file}: ${trace}`);
    }
    expect(found).toEqual([]);
  });
});
