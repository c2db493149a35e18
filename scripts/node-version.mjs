// The Node.js versions the locked dependencies support, in one place (package.json
// `engines` says the same). Astro 7 alone needs 22.12, but its font loader's undici
// needs 22.19 and html-validate needs ^22.22 or 24.8+.
// Written so that Node 12 can still parse it: with-supported-node.mjs imports it to
// tell a user of an old Node what to install, instead of failing with a syntax error.

export const SUPPORTED_NODE = 'Node.js 22.22 or a later 22.x, or 24.8 or later';

/** The major version fetched from the npm registry when the system's Node is not supported. */
export const FETCHED_NODE_MAJOR = 24;

/** The oldest Node whose npm can fetch a supported Node (the `node` package) by itself. */
export const OLDEST_FETCHING_NODE_MAJOR = 18;

function parts(version) {
  return version.replace(/^v/, '').split('.').map(Number);
}

export function isSupportedNode(version) {
  const [major, minor] = parts(version);
  return (major === 22 && minor >= 22) || (major === 24 && minor >= 8) || major > 24;
}

export function canFetchNode(version) {
  return parts(version)[0] >= OLDEST_FETCHING_NODE_MAJOR;
}
