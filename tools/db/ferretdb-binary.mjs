// Builds the FerretDB wrapper (tools/ferretdb) once per source version. The binary is cached
// under .cache/ferretdb named by a hash of the Go sources, so editing main.go or bumping the
// FerretDB version in go.mod/go.sum triggers exactly one rebuild.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CACHE_DIR, REPO_ROOT } from './paths.mjs';

const SOURCE_DIR = join(REPO_ROOT, 'tools', 'ferretdb');
const BINARY_DIR = join(CACHE_DIR, 'ferretdb');
const LOCK_FILE = join(BINARY_DIR, 'build.lock');
// A lock older than this belongs to a build that died without cleaning up.
const STALE_LOCK_MS = 10 * 60_000;

async function sourceHash() {
  const hash = createHash('sha256');
  for (const file of ['main.go', 'go.mod', 'go.sum']) {
    hash.update(file).update(await readFile(join(SOURCE_DIR, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

function goCommand() {
  // Go's official tarball installs to /usr/local/go; it is often not on a non-login PATH.
  return existsSync('/usr/local/go/bin/go') &&
    !process.env.PATH?.split(':').some((dir) => existsSync(join(dir, 'go')))
    ? '/usr/local/go/bin/go'
    : 'go';
}

function goBuild(output, log) {
  return new Promise((resolve, reject) => {
    const args = ['build', '-buildvcs=false', '-trimpath', '-ldflags=-s -w', '-o', output, '.'];
    log(`building FerretDB: go ${args.join(' ')} (in tools/ferretdb)`);
    const child = spawn(goCommand(), args, { cwd: SOURCE_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    let output_ = '';
    child.stdout.on('data', (chunk) => (output_ += chunk));
    child.stderr.on('data', (chunk) => (output_ += chunk));
    child.once('error', (error) => reject(new Error(`cannot run go (is Go installed?): ${error.message}`)));
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`go build of tools/ferretdb failed (exit ${code}):\n${output_}`)),
    );
  });
}

async function tryLock() {
  try {
    const handle = await open(LOCK_FILE, 'wx');
    await handle.writeFile(String(process.pid));
    await handle.close();
    return true;
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
    const info = await stat(LOCK_FILE).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > STALE_LOCK_MS) await rm(LOCK_FILE, { force: true });
    else if (info) {
      const owner = Number(await readFile(LOCK_FILE, 'utf8').catch(() => ''));
      if (owner && !isAlive(owner)) await rm(LOCK_FILE, { force: true });
    }
    return false;
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * @param {{ log?: (message: string) => void }} [options]
 * @returns {Promise<string>} absolute path of the FerretDB binary
 */
export async function ensureFerretDbBinary({ log = (message) => console.error(message) } = {}) {
  const binary = join(BINARY_DIR, `ferretdb-${await sourceHash()}`);
  if (existsSync(binary)) return binary;
  await mkdir(BINARY_DIR, { recursive: true });
  const started = Date.now();
  for (;;) {
    if (existsSync(binary)) return binary;
    if (await tryLock()) break;
    // Another process is building: wait for its result rather than building twice.
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  try {
    if (existsSync(binary)) return binary;
    // Build next to the target and rename, so nobody ever runs a half-written binary.
    const partial = `${binary}.partial-${process.pid}`;
    await goBuild(partial, log);
    await rename(partial, binary);
    log(`FerretDB built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${binary}`);
    return binary;
  } finally {
    await rm(LOCK_FILE, { force: true });
  }
}
