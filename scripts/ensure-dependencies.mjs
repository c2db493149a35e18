// Installs the locked dependencies when they are missing or older than the lock file,
// so that the README's commands work on a fresh clone. with-supported-node.mjs calls it
// once the Node is a supported one (`.npmrc` sets engine-strict: npm ci refuses others).
import { execSync } from 'child_process';
import { existsSync, statSync } from 'fs';
import { join } from 'path';

export function ensureDependencies(root) {
  const installed = join(root, 'node_modules/.package-lock.json');
  const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync(join(root, 'package-lock.json')).mtimeMs;
  if (stale) {
    console.error('Installing dependencies (npm ci)…');
    execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
  }
}
