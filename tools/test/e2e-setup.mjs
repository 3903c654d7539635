// Jest globalSetup of the `e2e` project: the whole system (as `npm start` runs it) on
// temporary data and free ports. It expects built outputs (`npm run build`; `npm test` builds first).
import { startSystem, freePorts } from '../launcher/system.mjs';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default async function e2eSetup() {
  const dataDir = await mkdtemp(join(tmpdir(), 'astro-e2e-'));
  await chmod(dataDir, 0o755);
  const system = await startSystem({
    dataDir,
    ports: await freePorts(),
    persistent: false,
    log: (line) => process.stderr.write(`[e2e system] ${line}\n`),
  });
  globalThis.__astroSystem = system;
  // Tests read the services' and web servers' logs, e.g. to prove a secret never reaches them.
  Object.assign(process.env, system.env, { E2E_LOG_DIR: system.logDir });
}
