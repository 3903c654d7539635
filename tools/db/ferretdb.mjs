// Embedded FerretDB (MongoDB wire protocol over SQLite files) as a managed child process.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MongoClient } from 'mongodb';
import { ensureFerretDbBinary } from './ferretdb-binary.mjs';
import { waitUntil } from './ports.mjs';
import { spawnManaged } from './process.mjs';

async function ping(url) {
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 1000, connectTimeoutMS: 1000 });
  try {
    await client.db('admin').command({ ping: 1 });
    return true;
  } finally {
    await client.close().catch(() => {});
  }
}

/**
 * @param {{ dataDir: string, port: number, logFile?: string, onLine?: (line: string) => void }} options
 * @returns {Promise<{ url: string, stop(): Promise<void> }>}
 */
export async function startFerretDb({ dataDir, port, logFile, onLine }) {
  const binary = await ensureFerretDbBinary();
  const dir = resolve(dataDir);
  await mkdir(dir, { recursive: true });
  const child = spawnManaged({
    name: 'ferretdb',
    command: binary,
    // The SQLite backend wants a directory URL: one .sqlite file per database inside it.
    args: ['--listen-addr', `127.0.0.1:${port}`, '--sqlite-url', `file:${dir}/`],
    logFile,
    onLine,
    deathSignal: 'SIGTERM',
  });
  const url = `mongodb://127.0.0.1:${port}`;
  const stop = async () => {
    await child.stop({ signal: 'SIGTERM', timeoutMs: 15_000 });
  };
  try {
    await waitUntil(() => ping(url), { description: `FerretDB on port ${port}`, timeoutMs: 30_000, child });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
