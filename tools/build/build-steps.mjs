// Build steps of the workspaces. A step is skipped when its inputs have the same fingerprint
// as at its last successful build and its output still exists (stamps in .cache/build/).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CACHE_DIR, REPO_ROOT } from '../db/index.mjs';
import { fingerprint } from './fingerprint.mjs';

const SHARED = ['package-lock.json', 'tsconfig.base.json'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const STEPS = {
  openapi: { inputs: ['openapi'], output: 'openapi/dist', command: [npm, 'run', 'build', '-w', 'openapi'] },
  bff: {
    inputs: ['bff', 'openapi', 'system'],
    output: 'bff/dist',
    command: [npm, 'run', 'build', '-w', 'bff'],
  },
  core: {
    inputs: ['core', 'openapi', 'system'],
    output: 'core/dist',
    command: [npm, 'run', 'build', '-w', 'core'],
  },
  web: {
    inputs: ['web', 'bff', 'openapi', 'system'],
    output: 'web/dist',
    command: [process.execPath, join(REPO_ROOT, 'tools', 'build', 'build-web.mjs')],
  },
};
// Steps in one stage run in parallel; stages run in order.
export const STAGES = [['openapi'], ['bff', 'core'], ['web']];

function run(name, [command, ...args]) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const prefix = (chunk) =>
      chunk
        .toString()
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => `[build ${name}] ${line}\n`)
        .join('');
    child.stdout.on('data', (chunk) => process.stdout.write(prefix(chunk)));
    child.stderr.on('data', (chunk) => process.stderr.write(prefix(chunk)));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`build of ${name} failed (exit ${code})`)),
    );
  });
}

/** Builds one step unless it is up to date; `force` rebuilds regardless. */
export async function buildStep(name, { force = false } = {}) {
  const step = STEPS[name];
  const stampFile = join(CACHE_DIR, 'build', `${name}.stamp`);
  const inputs = await fingerprint(REPO_ROOT, [...step.inputs, ...SHARED]);
  const stamp = await readFile(stampFile, 'utf8').catch(() => '');
  if (!force && stamp === inputs && existsSync(join(REPO_ROOT, step.output))) {
    console.log(`[build ${name}] up to date`);
    return;
  }
  const started = Date.now();
  await rm(stampFile, { force: true });
  await run(name, step.command);
  // Fingerprint again: a build that rewrites its own inputs must not rebuild every time.
  await mkdir(join(CACHE_DIR, 'build'), { recursive: true });
  await writeFile(stampFile, await fingerprint(REPO_ROOT, [...step.inputs, ...SHARED]));
  console.log(`[build ${name}] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
