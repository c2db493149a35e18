import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import astroConfig from '../../astro.config.mjs';
import { publishedSite } from '../../src/routes';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const ASTRO_BIN = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface CommandResult {
  code: number;
  output: string;
}

/**
 * Variables vitest sets for its own `import.meta.env`. A child build would take them
 * as its own, and BASE_URL="/" would override the configured base path. (VITEST and
 * the other VITEST_* are left out too: with them, `astro dev` serves no pages.)
 */
const VITEST_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/** Runs the Astro CLI in a project folder, with extra environment variables if given, and collects everything it prints. */
export function runAstro(args: string[], cwd = PROJECT_ROOT, env: Record<string, string> = {}): Promise<CommandResult> {
  const { child, output } = startAstro(args, cwd, env);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output: output() }));
  });
}

/** Starts the Astro CLI (e.g. `astro dev`) and keeps what it prints, for commands that run until stopped. */
export function startAstro(args: string[], cwd = PROJECT_ROOT, env: Record<string, string> = {}): { child: ChildProcess; output: () => string } {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.has(name) && !name.startsWith('VITEST')));
  const child = spawn(process.execPath, [ASTRO_BIN, ...args], {
    cwd,
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

/** Where the built site says it lives (astro.config.mjs `site` and `base`): its absolute links point here. */
export const SITE = new URL(astroConfig.base ?? '/', astroConfig.site ?? 'http://localhost:4321');

/** Where the built site says it is published (SITE_URL), if it does: without it pages carry no absolute address of their own. */
export const PUBLISHED_SITE = publishedSite(SITE) && SITE;
