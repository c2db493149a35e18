// The Node.js versions the locked dependencies support, in one place (package.json
// `engines` says the same). Astro 7 alone needs 22.12, but its font loader's undici
// needs 22.19 and html-validate needs ^22.22 or 24.8+. Plain JavaScript, so that
// any Node can run it, including the one .ci/run replaces:
//   node scripts/node-version.mjs   exits 1, saying why, on an unsupported Node.
import { pathToFileURL } from 'node:url';

export const SUPPORTED_NODE = 'Node.js 22.22 or a later 22.x, or 24.8 or later';

export function isSupportedNode(version = process.versions.node) {
  const [major, minor] = version.split('.').map(Number);
  return (major === 22 && minor >= 22) || (major === 24 && minor >= 8) || major > 24;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && !isSupportedNode()) {
  console.error(`Crocus Reader needs ${SUPPORTED_NODE}; this is ${process.version}. See README.md, "Requirements".`);
  process.exit(1);
}
