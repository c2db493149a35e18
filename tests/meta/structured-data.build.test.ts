import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../support/built-site';
import { DIST } from '../support/project';

/**
 * Every article and claim page's structured data, run through a real validator:
 * structured-data-testing-tool with its Google preset, which holds ClaimReview and
 * the news-article types to what Google's documentation requires and recommends.
 * A page passes with no failure and no warning.
 */

const require = createRequire(import.meta.url);
const { structuredDataTest } = require('structured-data-testing-tool') as {
  structuredDataTest: (html: Buffer, options: { presets: unknown[] }) => Promise<ValidatorResult>;
};
const { Google } = require('structured-data-testing-tool/presets') as { Google: unknown };

interface ValidatorTest {
  test: string;
  error?: { message: string };
}

interface ValidatorResult {
  passed: ValidatorTest[];
  failed: ValidatorTest[];
  warnings: ValidatorTest[];
  schemas: string[];
}

async function validate(file: string): Promise<ValidatorResult> {
  try {
    return await structuredDataTest(await readFile(file), { presets: [Google] });
  } catch (error) {
    const failure = error as { type?: string; res?: ValidatorResult };
    if (failure.type === 'VALIDATION_FAILED' && failure.res) return failure.res;
    throw error;
  }
}

const pages = (await builtFiles()).filter((file) => /^\/(articles|claims)\/[^/]+\/index\.html$/.test(file));

describe('structured data, by a real validator (structured-data-testing-tool, Google preset)', () => {
  it('covers every article and claim page', () => {
    expect(pages.filter((page) => page.startsWith('/articles/')).length).toBeGreaterThanOrEqual(2);
    expect(pages.filter((page) => page.startsWith('/claims/')).length).toBeGreaterThan(50);
  });

  it.each(pages)('%s: no failures and no warnings', async (page) => {
    const result = await validate(`${DIST}${page.slice(1)}`);
    expect(result.schemas.length, 'the validator found the page’s structured data').toBeGreaterThan(0);
    const problems = [...result.failed, ...result.warnings].map((test) => `${test.test}: ${test.error?.message ?? 'failed'}`);
    expect(problems).toEqual([]);
  });

  it('checks what it is meant to: a ClaimReview without its rating fails', async () => {
    const html = Buffer.from(
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","url":"https://example.org/c/","claimReviewed":"x"}</script>',
    );
    const result = await structuredDataTest(html, { presets: [Google] }).catch((error: { res: ValidatorResult }) => error.res);
    expect(result.failed.map((test) => test.test)).toContain('ClaimReview[0].reviewRating');
  });
});
