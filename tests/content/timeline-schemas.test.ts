import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { figureSeriesSchema } from '../../src/content/schemas/figure';
import { themeSchema } from '../../src/content/schemas/theme';
import { yamlListLoader } from '../../src/content/yaml-list-loader';

type Schema = import('astro/zod').ZodType;
const problems = (schema: unknown, data: unknown): string[] => {
  const result = (schema as Schema).safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

const point = (date: string, value: number, extra: object = {}) => ({ date, value, sources: ['tass'], ...extra });
const series = (points: object[]) => ({ id: 'toll', title: 'Toll', unit: 'dead', description: 'The toll.', points });

describe('figure series schema', () => {
  it('takes a point’s date as a day unless it says it is known only to the month', () => {
    const parsed = figureSeriesSchema.parse(series([point('2024-03-22', 40), point('2025-06-01', 149, { precision: 'month' })])) as {
      points: { precision: string }[];
    };
    expect(parsed.points.map((entry) => entry.precision)).toEqual(['day', 'month']);
  });

  it('wants points in date order, a range’s top above its bottom, and a known precision', () => {
    expect(problems(figureSeriesSchema, series([point('2024-03-25', 139), point('2024-03-22', 40)]))).toEqual(['points: expected points in date order']);
    expect(problems(figureSeriesSchema, series([point('2024-03-22', 40), point('2026-03-12', 150, { upTo: 145 })]))).toEqual(['points.1.upTo: expected upTo above value']);
    expect(problems(figureSeriesSchema, series([point('2024-03-22', 40, { precision: 'week' }), point('2024-03-23', 133)]))).toEqual([
      'points.0.precision: expected precision to be one of: day, month, year',
    ]);
  });
});

describe('theme schema', () => {
  const theme = { id: 'warnings', position: 0, title: 'The warnings', summary: 'What each says of the warnings.', claims: ['post-duty-to-warn'] };

  it('accepts a theme with its claims', () => {
    expect(problems(themeSchema, theme)).toEqual([]);
  });

  it('wants at least one claim, and no fields it does not know', () => {
    expect(problems(themeSchema, { ...theme, claims: [] })).toEqual(['claims: expected at least one claim']);
    expect(problems(themeSchema, { ...theme, verdict: 'The Post is right.' })[0]).toContain('verdict');
  });
});

describe('yamlListLoader', () => {
  it('can give each entry its place in the file, so an editorial order survives', async () => {
    const root = await mkdtemp(join(tmpdir(), 'crocus-loader-'));
    try {
      await writeFile(join(root, 'themes.yaml'), '- id: zebra\n- id: aardvark\n- id: mole\n');
      const stored: { id: string; data: Record<string, unknown> }[] = [];
      const context = {
        config: { root: pathToFileURL(`${root}/`) },
        parseData: async ({ data }: { data: Record<string, unknown> }) => data,
        store: { clear: () => (stored.length = 0), set: (entry: { id: string; data: Record<string, unknown> }) => stored.push(entry) },
        logger: { info: () => {}, error: () => {} },
      } as unknown as LoaderContext;
      await yamlListLoader({ pattern: 'themes.yaml', positionField: 'position' }).load(context);
      expect(stored.map(({ id, data }) => [id, data.position])).toEqual([
        ['zebra', 0],
        ['aardvark', 1],
        ['mole', 2],
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
