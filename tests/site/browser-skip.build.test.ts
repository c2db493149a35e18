import { describe, expect, it } from 'vitest';
import { INSTALL_CHROMIUM } from '../support/chromium';
import { runTestsInCopy } from '../support/fixture-site';

const NO_BROWSER = '/nonexistent/chromium';

describe('without a Chromium', () => {
  it('the browser tests are skipped, and the run ends saying how many and how to install one', async () => {
    const result = await runTestsInCopy(['tests/articles/reading.browser.test.ts', 'tests/claims/compare.browser.test.ts', 'tests/search/debounce.test.ts'], {
      CHROME_PATH: NO_BROWSER,
      CI: undefined,
    });
    expect(result.code).toBe(0);
    expect(result.output).toContain(`Browser tests skipped: no Chromium at ${NO_BROWSER} (CHROME_PATH).`);
    const counted = /Tests\s+(\d+) passed \| (\d+) skipped/.exec(result.output);
    expect(counted, result.output).not.toBeNull();
    const [, passed, skipped] = counted!;
    expect(Number(passed)).toBeGreaterThan(0);
    const summary = `\n⚠ ${skipped} browser tests in 2 files skipped: no Chromium at ${NO_BROWSER} (CHROME_PATH). ${INSTALL_CHROMIUM}`;
    expect(result.output.slice(counted!.index)).toContain(summary);
    for (const command of ['Debian: sudo apt-get install chromium', 'Ubuntu: sudo snap install chromium', 'macOS: brew install --cask google-chrome']) {
      expect(INSTALL_CHROMIUM).toContain(command);
    }
  }, 120_000);

  it('with CI set, they fail instead', async () => {
    const result = await runTestsInCopy(['tests/articles/reading.browser.test.ts'], { CHROME_PATH: NO_BROWSER, CI: '1' });
    expect(result.output).toContain('CI is set, so this is a failure, not a skip.');
    expect(result.code).not.toBe(0);
  }, 120_000);
});
