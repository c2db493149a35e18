import { expect, it } from 'vitest';
import { runAstro } from '../support/project';

it('astro check finds no type errors, warnings or hints', async () => {
  const result = await runAstro(['check']);
  expect(result.output).toMatch(/0 errors\s+- 0 warnings\s+- 0 hints/);
  expect(result.code).toBe(0);
}, 120_000);
