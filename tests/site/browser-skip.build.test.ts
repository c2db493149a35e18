import { describe, expect, it } from 'vitest';
import { runTestsInCopy } from '../support/fixture-site';

const NO_BROWSER = '/nonexistent/chromium';

describe('without a Chromium', () => {
  it('the browser tests are skipped and say so', async () => {
    const result = await runTestsInCopy(['tests/articles/reading.browser.test.ts'], { CHROME_PATH: NO_BROWSER, CI: undefined });
    expect(result.output).toContain(`Browser tests skipped: no Chromium at ${NO_BROWSER}.`);
    expect(result.output).toMatch(/Tests\s+\d+ skipped/);
    expect(result.code).toBe(0);
  }, 120_000);

  it('with CI set, they fail instead', async () => {
    const result = await runTestsInCopy(['tests/articles/reading.browser.test.ts'], { CHROME_PATH: NO_BROWSER, CI: '1' });
    expect(result.output).toContain('CI is set, so this is a failure, not a skip.');
    expect(result.code).not.toBe(0);
  }, 120_000);
});
