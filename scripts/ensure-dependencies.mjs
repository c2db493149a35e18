// Runs before `npm start` and `npm test`, so the README's two commands work on a
// fresh clone: installs the locked dependencies when they are missing or stale.
// Plain Node, no dependencies of its own.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { isSupportedNode, SUPPORTED_NODE } from './node-version.mjs';

if (!isSupportedNode()) {
  console.error(`Crocus Reader needs ${SUPPORTED_NODE}; this is ${process.version}. See README.md, "Requirements".`);
  process.exit(1);
}

const installed = 'node_modules/.package-lock.json';
const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('Installing dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
