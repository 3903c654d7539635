// A throw-away set of backing servers for integration tests: fresh temporary data, free
// ports, everything started in parallel and removed again by stop().
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFerretDb } from './ferretdb.mjs';
import { startMailCatcher } from './mail-catcher.mjs';
import { freePort } from './ports.mjs';
import { startPostgres } from './postgres.mjs';

/** @returns {Promise<{ databaseUrl: string, mongoUrl: string, smtpUrl: string, mailWebUrl: string, stop(): Promise<void> }>} */
export async function startTestEnvironment() {
  const root = await mkdtemp(join(tmpdir(), 'astro-test-'));
  // PostgreSQL runs as the unprivileged `postgres` user, which must be able to enter the dir.
  await chmod(root, 0o755);
  const [pgPort, mongoPort, smtpPort, webPort] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ]);
  const started = await Promise.allSettled([
    startPostgres({
      dataDir: join(root, 'postgres'),
      port: pgPort,
      persistent: false,
      logFile: join(root, 'postgres.log'),
    }),
    startFerretDb({ dataDir: join(root, 'ferretdb'), port: mongoPort, logFile: join(root, 'ferretdb.log') }),
    startMailCatcher({ smtpPort, webPort, logFile: join(root, 'maildev.log') }),
  ]);
  const servers = started.filter((result) => result.status === 'fulfilled').map((result) => result.value);
  const stop = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await rm(root, { recursive: true, force: true });
  };
  const failure = started.find((result) => result.status === 'rejected');
  if (failure) {
    await stop();
    throw failure.reason;
  }
  const [postgres, ferretdb, mail] = servers;
  return {
    databaseUrl: postgres.url,
    mongoUrl: ferretdb.url,
    smtpUrl: mail.smtpUrl,
    mailWebUrl: mail.webUrl,
    stop,
  };
}
