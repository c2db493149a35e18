import type { TestProject } from 'vitest/node';
import { chromiumAvailable, NO_CHROMIUM_MESSAGE } from './chromium';
import { DIST, runAstro } from './project';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

/** Builds the site once for the whole run and serves dist/ on loopback. */
export default async function setup(project: TestProject) {
  if (!chromiumAvailable) {
    if (process.env.CI) throw new Error(`${NO_CHROMIUM_MESSAGE} CI is set, so this is a failure, not a skip.`);
    console.warn(`\n⚠ ${NO_CHROMIUM_MESSAGE}\n`);
  }
  const build = await runAstro(['build', '--force']);
  if (build.code !== 0) throw new Error(`The site did not build:\n${build.output}`);
  const server = await serveStatic(DIST);
  project.provide('siteUrl', server.url);
  return () => server.close();
}
