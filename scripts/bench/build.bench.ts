/**
 * The build, measured: a full `astro build --force` (share cards cached from the
 * last build are reused), and the part of it spent writing share cards (the Open
 * Graph images under /og/), from the time Astro prints for each route.
 * `npm run bench -- build`.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { routesIn, total } from './astro-routes';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = 2;

function build(): Promise<{ seconds: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force'], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`The build failed:\n${output}`));
      else resolve({ seconds: (performance.now() - started) / 1000, output });
    });
  });
}

export default async function benchmarkBuild(): Promise<void> {
  for (let run = 1; run <= RUNS; run++) {
    const { seconds, output } = await build();
    const routes = routesIn(output);
    const cards = routes.filter((route) => route.path.startsWith('/og/'));
    const pages = routes.filter((route) => route.path.endsWith('.html'));
    console.log(
      `run ${run}: build ${seconds.toFixed(1)} s in all; ${pages.length} pages in ${(total(pages) / 1000).toFixed(1)} s; ` +
        // The workers draw the cards while the pages are written: a card's route time is what writing it waited.
        `${cards.length} share cards written in ${(total(cards) / 1000).toFixed(1)} s (${cards.length ? Math.round(total(cards) / cards.length) : 0} ms each, ` +
        `waiting for the card workers where a card was not cached)`,
    );
  }
}
