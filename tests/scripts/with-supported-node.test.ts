import { spawn } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { canFetchNode, isSupportedNode } from '../../scripts/node-version.mjs';
import { PROJECT_ROOT } from '../support/project';

const SCRIPTS = ['with-supported-node.mjs', 'node-version.mjs', 'ensure-dependencies.mjs'];
const FETCHED_NODE = '.node/node_modules/node/bin/node';

/**
 * A throwaway project holding only the bootstrap scripts, with fresh dependencies and a
 * folder of fake tools: `npm` records how it was called (and, asked to install, puts a
 * "fetched" node in place that logs its use and runs this Node), so nothing is downloaded.
 */
interface Sandbox {
  root: string;
  tools: string;
  /** Every call of the fake npm, then of the fake fetched node, one line each. */
  calls(): Promise<string[]>;
}

const sandboxes: string[] = [];
afterEach(async () => {
  await Promise.all(sandboxes.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

const fakeNode = (log: string) => `#!/bin/sh\necho "node $*" >> '${log}'\nexec '${process.execPath}' "$@"\n`;

async function sandbox({ npm = true, dependencies = true } = {}): Promise<Sandbox> {
  const root = await mkdtemp(join(tmpdir(), 'crocus-bootstrap-'));
  sandboxes.push(root);
  const tools = join(root, 'tools');
  const log = join(root, 'calls.log');
  await mkdir(join(root, 'scripts'));
  await mkdir(tools);
  for (const script of SCRIPTS) await cp(join(PROJECT_ROOT, 'scripts', script), join(root, 'scripts', script));
  await writeFile(join(root, 'package-lock.json'), '{}\n');
  if (dependencies) {
    await mkdir(join(root, 'node_modules'));
    await writeFile(join(root, 'node_modules/.package-lock.json'), '{}\n');
  }
  if (npm) {
    const fetched = join(root, FETCHED_NODE);
    await writeFile(
      join(tools, 'npm'),
      [
        '#!/bin/sh',
        `echo "npm $*" >> '${log}'`,
        'if [ "$1" = config ]; then echo /etc/npmrc-of-the-system; fi',
        // Absolute paths: PATH holds only the fake tools.
        `if [ "$1" = install ]; then /bin/mkdir -p '${join(root, '.node/node_modules/node/bin')}' && /bin/cat > '${fetched}' <<'EOF'`,
        fakeNode(log) + 'EOF',
        `/bin/chmod +x '${fetched}'; fi`,
        '',
      ].join('\n'),
    );
    await chmod(join(tools, 'npm'), 0o755);
  }
  const calls = async () => (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  return { root, tools, calls };
}

/** Puts a node in .node/ as if fetched by an earlier run. */
async function prefill(box: Sandbox, script = fakeNode(join(box.root, 'calls.log'))) {
  await mkdir(join(box.root, '.node/node_modules/node/bin'), { recursive: true });
  await writeFile(join(box.root, FETCHED_NODE), script);
  await chmod(join(box.root, FETCHED_NODE), 0o755);
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  /** The version this Node pretends to be. */
  as: string;
  command: string;
  extra?: string[];
  env?: Record<string, string>;
  /** Called once the process is started, e.g. to signal it. */
  started?: (pid: number) => void;
}

/** Runs the copied with-supported-node.mjs on this Node, pretending to be `as`, with only the fake tools on PATH. */
async function run(box: Sandbox, { as, command, extra = [], env = {}, started }: RunOptions): Promise<Run> {
  const pretend = join(box.root, 'pretend.mjs');
  await writeFile(
    pretend,
    `Object.defineProperty(process, 'version', { value: 'v${as}' });\n` +
      `Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '${as}' } });\n`,
  );
  const child = spawn(process.execPath, ['--import', pathToFileURL(pretend).href, join(box.root, 'scripts/with-supported-node.mjs'), command, ...extra], {
    cwd: box.root,
    env: { PATH: box.tools, HOME: box.root, ...env },
    detached: started !== undefined,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  if (started && child.pid) started(child.pid);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Prints the version of the `node` on PATH and the npm global configuration it was given. */
const ON_PATH_NODE = `node -p "process.version + ' ' + (process.env.npm_config_globalconfig || '-')"`;

describe('which Node versions', () => {
  it('are supported: 22.22 and later 22.x, 24.8 and later', () => {
    const verdicts = ['20.20.2', '22.21.9', '22.22.0', '22.30.1', '23.11.0', '24.7.0', '24.8.0', '25.1.0', 'v24.21.0'].map((version) => [version, isSupportedNode(version)]);
    expect(verdicts).toEqual([
      ['20.20.2', false],
      ['22.21.9', false],
      ['22.22.0', true],
      ['22.30.1', true],
      ['23.11.0', false],
      ['24.7.0', false],
      ['24.8.0', true],
      ['25.1.0', true],
      ['v24.21.0', true],
    ]);
  });

  it('can fetch a supported one: 18 and later', () => {
    expect(['16.20.2', '17.9.1', '18.0.0', '20.20.2'].map(canFetchNode)).toEqual([false, false, true, true]);
  });
});

describe('with-supported-node.mjs', () => {
  it('on a supported Node, runs the command as it is, with the extra arguments npm passes', async () => {
    const box = await sandbox();
    const result = await run(box, { as: '24.8.0', command: 'printf "%s|" first && printf "%s|"', extra: ['two words', "it's", '--flag=1'] });
    expect(result.stdout).toBe("first|two words|it's|--flag=1|");
    expect(result.stderr).toBe('');
    expect(await box.calls()).toEqual([]);
    expect((await run(box, { as: '24.8.0', command: 'exit 3' })).code).toBe(3);
  });

  it('on a supported Node without dependencies, installs them with npm ci first', async () => {
    const box = await sandbox({ dependencies: false });
    const result = await run(box, { as: '22.22.0', command: 'echo ran' });
    expect(await box.calls()).toEqual(['npm ci --no-audit --no-fund']);
    expect(result.stderr).toContain('Installing dependencies (npm ci)');
    expect(result.stdout).toBe('ran\n');
  });

  it('on Node 20, fetches Node 24 into .node/ once, says so in one line, and runs the command on it', async () => {
    const box = await sandbox();
    const first = await run(box, { as: '20.20.2', command: ON_PATH_NODE });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr.trim().split('\n')).toEqual([
      'Crocus Reader needs Node.js 22.22 or a later 22.x, or 24.8 or later; this is v20.20.2. ' +
        'Fetching Node 24 from the npm registry into .node/ (once; later runs reuse it)…',
    ]);
    const [install, ...afterInstall] = await box.calls();
    expect(install).toBe(`npm install --prefix ${join(box.root, '.node')} --no-save --no-package-lock --no-audit --no-fund node@24`);
    // The fetched node is asked its version, then runs the script again, which runs the command with the fetched node first on PATH.
    expect(afterInstall.filter((call) => call.startsWith('node '))).toEqual([
      'node --version',
      `node ${join(box.root, 'scripts/with-supported-node.mjs')} ${ON_PATH_NODE}`,
      expect.stringMatching(/^node -p /),
    ]);
    expect(first.stdout).toBe(`${process.version} /etc/npmrc-of-the-system\n`);
    expect(JSON.parse(await readFile(join(box.root, '.node/package.json'), 'utf8'))).toEqual({ private: true, allowScripts: { node: true } });

    const callsBefore = (await box.calls()).length;
    const second = await run(box, { as: '20.20.2', command: ON_PATH_NODE, env: { npm_config_globalconfig: '/etc/npmrc-given-by-npm' } });
    expect(second.code).toBe(0);
    expect(second.stderr.trim()).toBe(
      `Crocus Reader needs Node.js 22.22 or a later 22.x, or 24.8 or later; this is v20.20.2. Using Node ${process.version} from .node/, fetched earlier.`,
    );
    const secondCalls = (await box.calls()).slice(callsBefore);
    expect(secondCalls.filter((call) => call.startsWith('npm '))).toEqual([]);
    expect(second.stdout).toBe(`${process.version} /etc/npmrc-given-by-npm\n`);
  });

  it('fetches again when the node in .node/ does not run or is not supported', async () => {
    const box = await sandbox();
    await prefill(box, '#!/bin/sh\necho v20.20.2\n');
    const result = await run(box, { as: '20.20.2', command: 'echo ran' });
    expect(result.stdout).toBe('ran\n');
    expect((await box.calls()).filter((call) => call.startsWith('npm install'))).toHaveLength(1);
  });

  it('keeps the exit code of the command run on the fetched Node', async () => {
    const box = await sandbox();
    await prefill(box);
    expect((await run(box, { as: '20.20.2', command: 'exit 5' })).code).toBe(5);
  });

  it('stops with the command on Ctrl-C, leaving nothing running, and ends by the same signal', async () => {
    const box = await sandbox();
    await prefill(box);
    const pidFile = join(box.root, 'server.pid');
    const server = `node -e "require('fs').writeFileSync('${pidFile}', String(process.pid)); setInterval(() => {}, 1000)"`;
    let group = 0;
    const waiting = run(box, { as: '20.20.2', command: server, started: (pid) => (group = pid) });
    const serverPid = await until(async () => Number(await readFile(pidFile, 'utf8').catch(() => '')) || undefined);
    // A terminal's Ctrl-C goes to the whole foreground process group.
    process.kill(-group, 'SIGINT');
    const result = await waiting;
    expect(result.signal).toBe('SIGINT');
    expect(isRunning(serverPid)).toBe(false);
  });

  it('below Node 18, says what to install and fetches nothing', async () => {
    const box = await sandbox();
    expect(refusal(await run(box, { as: '16.20.2', command: 'echo ran' }))).toBe(
      'Crocus Reader needs Node.js 22.22 or a later 22.x, or 24.8 or later; this is v16.20.2, too old to fetch one by itself ' +
        '(that needs Node.js 18 or later, with npm). Install Node.js 24 (https://nodejs.org/en/download) and run the command again.',
    );
    expect(await box.calls()).toEqual([]);
  });

  it('without npm, says what to install', async () => {
    const box = await sandbox({ npm: false });
    expect(refusal(await run(box, { as: '20.20.2', command: 'echo ran' }))).toBe(
      'Crocus Reader needs Node.js 22.22 or a later 22.x, or 24.8 or later; this is v20.20.2, and without npm it cannot fetch one. ' +
        'Install npm (Debian/Ubuntu: sudo apt-get install npm) or Node.js 24 (https://nodejs.org/en/download), which includes npm, and run the command again.',
    );
  });

  it('when npm cannot fetch Node, shows what npm said', async () => {
    const box = await sandbox();
    await writeFile(join(box.tools, 'npm'), '#!/bin/sh\necho "npm error network ETIMEDOUT" >&2\nexit 1\n');
    expect(refusal(await run(box, { as: '20.20.2', command: 'echo ran' }))).toContain('npm error network ETIMEDOUT\n\nnpm could not fetch Node 24 (exit 1), see above.');
  });
});

/** What a run that stopped without running its command said. */
function refusal(result: Run): string {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  return result.stderr.trim();
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
