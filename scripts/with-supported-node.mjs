// Runs a command with a Node.js the project supports, fetching one when needed:
//   node scripts/with-supported-node.mjs "astro build --force && astro preview" [extra args…]
// Every npm script (start, test, dev, build, preview, check, bench, anchors:record), and so
// .ci/run, goes through it. On a supported Node it installs missing dependencies and runs the command.
// On an unsupported Node 18 or later it fetches Node from the npm registry into .node/
// (once; later runs reuse it) and runs itself again on that Node, whose folder comes first
// on PATH, so that npm, astro and vitest (`#!/usr/bin/env node`) run on it too. Below
// Node 18, or without npm, it says what to install.
//
// Plain JavaScript that Node 12 can parse (no `??`, `?.`, `node:` specifiers or top-level
// await): on an old Node it must get as far as saying so.
import { spawn, spawnSync } from 'child_process';
import { existsSync, mkdirSync, writeFileSync } from 'fs';
import { delimiter, dirname, join } from 'path';
import { fileURLToPath } from 'url';
import { ensureDependencies } from './ensure-dependencies.mjs';
import { canFetchNode, FETCHED_NODE_MAJOR, isSupportedNode, OLDEST_FETCHING_NODE_MAJOR, SUPPORTED_NODE } from './node-version.mjs';

const WINDOWS = process.platform === 'win32';
const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = dirname(dirname(SCRIPT));
const FETCHED = join(ROOT, '.node');
const FETCHED_BIN = join(FETCHED, 'node_modules', 'node', 'bin');
const FETCHED_EXECUTABLE = join(FETCHED_BIN, WINDOWS ? 'node.exe' : 'node');
const NODE_TO_INSTALL = `Node.js ${FETCHED_NODE_MAJOR} (https://nodejs.org/en/download)`;

/**
 * Settles with how `child` ended, passing on the signals sent to this process meanwhile.
 * Ctrl-C reaches every process of the terminal's foreground group, the server included;
 * this process stays until its child has stopped, so that it can end the same way.
 */
function outcome(child) {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const forward = (signal) => child.kill(signal);
  for (const signal of signals) process.on(signal, forward);
  return new Promise((resolve) => {
    const settle = (result) => {
      for (const signal of signals) process.removeListener(signal, forward);
      resolve(result);
    };
    child.on('error', (error) => settle({ code: 127, signal: null, error }));
    child.on('exit', (code, signal) => settle({ code, signal }));
  });
}

/** Ends this process the way its child ended: a child stopped by Ctrl-C stops this one by SIGINT. */
function endAs(result) {
  if (result.error) console.error(result.error.message);
  if (result.signal) process.kill(process.pid, result.signal);
  else process.exit(result.code);
}

function quoted(arg) {
  if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
  return WINDOWS ? `"${arg.replace(/"/g, '""')}"` : `'${arg.replace(/'/g, "'\\''")}'`;
}

/** Runs a script line in a shell, as npm would, with any extra arguments appended. */
function runLine(line, extra) {
  const command = [line].concat(extra.map(quoted)).join(' ');
  return outcome(spawn(command, { cwd: ROOT, shell: true, stdio: 'inherit' }));
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** The version of the Node in .node/, or undefined when there is none that runs. */
function fetchedVersion() {
  if (!existsSync(FETCHED_EXECUTABLE)) return undefined;
  const probe = spawnSync(FETCHED_EXECUTABLE, ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.trim() : undefined;
}

function npm(args, options) {
  return spawnSync('npm', args, Object.assign({ cwd: ROOT, encoding: 'utf8', shell: WINDOWS }, options));
}

function npmOnPath() {
  const name = WINDOWS ? 'npm.cmd' : 'npm';
  return (process.env.PATH || '').split(delimiter).some((folder) => folder !== '' && existsSync(join(folder, name)));
}

function fetchNode(unsupported) {
  if (!npmOnPath()) {
    fail(`${unsupported}, and without npm it cannot fetch one. Install npm (Debian/Ubuntu: sudo apt-get install npm) or ${NODE_TO_INSTALL}, which includes npm, and run the command again.`);
  }
  console.error(`${unsupported}. Fetching Node ${FETCHED_NODE_MAJOR} from the npm registry into .node/ (once; later runs reuse it)…`);
  mkdirSync(FETCHED, { recursive: true });
  // The `node` package installs its binary from a preinstall script; npm's install-script
  // policy would warn about it, or refuse it where that policy is strict.
  writeFileSync(join(FETCHED, 'package.json'), JSON.stringify({ private: true, allowScripts: { node: true } }, null, 2) + '\n');
  const install = npm(['install', '--prefix', FETCHED, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `node@${FETCHED_NODE_MAJOR}`]);
  const version = fetchedVersion();
  if (install.status !== 0 || !version) {
    const said = install.error ? install.error.message : `${install.stdout}${install.stderr}`;
    const problem = install.status === 0 ? 'npm left no Node that runs in .node/' : `npm could not fetch Node ${FETCHED_NODE_MAJOR} (exit ${install.status})`;
    fail(`${said}\n${problem}, see above. Install ${NODE_TO_INSTALL} and run the command again.`);
  }
  return version;
}

/**
 * npm reads its global configuration (a machine's registry, proxy or CA file) from beside
 * the node it runs on: keep the system's for npm run on the fetched Node. npm sets this
 * variable for its scripts; asked only when run otherwise.
 */
function systemGlobalConfig() {
  if (process.env.npm_config_globalconfig) return process.env.npm_config_globalconfig;
  const asked = npm(['config', 'get', 'globalconfig']);
  return asked.status === 0 ? asked.stdout.trim() : undefined;
}

function runHere(line, extra) {
  try {
    ensureDependencies(ROOT);
  } catch (error) {
    fail(`Could not install the dependencies (npm ci exited with ${error.status}), see above.`);
  }
  return runLine(line, extra);
}

/** Makes sure .node/ holds a supported Node that runs: the one fetched earlier, or one fetched now. */
function ensureFetchedNode(unsupported) {
  const found = fetchedVersion();
  if (found && isSupportedNode(found)) {
    console.error(`${unsupported}. Using Node ${found} from .node/, fetched earlier.`);
    return;
  }
  const fetched = fetchNode(unsupported);
  if (!isSupportedNode(fetched)) fail(`${unsupported}, and npm fetched Node ${fetched} into .node/, which is not supported either. Install ${NODE_TO_INSTALL} and run the command again.`);
}

function runOnFetchedNode(unsupported, args) {
  ensureFetchedNode(unsupported);
  const env = Object.assign({}, process.env, { PATH: FETCHED_BIN + delimiter + process.env.PATH });
  const globalConfig = systemGlobalConfig();
  if (globalConfig) env.npm_config_globalconfig = globalConfig;
  return outcome(spawn(FETCHED_EXECUTABLE, [SCRIPT].concat(args), { stdio: 'inherit', env }));
}

async function main(args) {
  if (!args[0]) fail('usage: node scripts/with-supported-node.mjs "<command> [&& <command>…]" [arguments…]');
  if (isSupportedNode(process.version)) return endAs(await runHere(args[0], args.slice(1)));
  const unsupported = `Crocus Reader needs ${SUPPORTED_NODE}; this is ${process.version}`;
  if (!canFetchNode(process.version)) {
    fail(`${unsupported}, too old to fetch one by itself (that needs Node.js ${OLDEST_FETCHING_NODE_MAJOR} or later, with npm). Install ${NODE_TO_INSTALL} and run the command again.`);
  }
  endAs(await runOnFetchedNode(unsupported, args));
}

main(process.argv.slice(2));
