/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    reporters: ['default', './tests/support/browser-skip-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
