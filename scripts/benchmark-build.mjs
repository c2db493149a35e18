// Measures a full build and the part of it spent drawing share cards (the Open
// Graph images under /og/), from the per-route timings Astro prints. Prints numbers;
// asserts nothing. `npm run bench:build` (add `-- 3` for three runs).
import { spawn } from 'node:child_process';

const runs = Number(process.argv[2] ?? 1);

function build() {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force'], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`The build failed:\n${output}`));
      else resolve({ seconds: (performance.now() - started) / 1000, output });
    });
  });
}

for (let run = 1; run <= runs; run++) {
  const { seconds, output } = await build();
  // Astro prints each route with its time: "├─ /og/claims/x.png (+36ms)" or "(+1.15s)".
  const routes = [...output.matchAll(/[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/g)].map(([, path, time, unit]) => ({ path, ms: Number(time) * (unit === 's' ? 1000 : 1) }));
  const cards = routes.filter((route) => route.path.startsWith('/og/'));
  const cardMs = cards.reduce((sum, route) => sum + route.ms, 0);
  const pagesMs = routes.filter((route) => route.path.endsWith('.html')).reduce((sum, route) => sum + route.ms, 0);
  console.log(
    `run ${run}: build ${seconds.toFixed(1)} s in all; ${routes.length} routes; ` +
      `${cards.length} share cards in ${(cardMs / 1000).toFixed(1)} s (${cards.length ? Math.round(cardMs / cards.length) : 0} ms each); ` +
      `HTML pages ${(pagesMs / 1000).toFixed(1)} s`,
  );
}
