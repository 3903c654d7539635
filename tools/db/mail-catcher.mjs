// SMTP catcher with a web inbox (maildev 3) as a managed child process.
// maildev 3 serves its REST API under /api: GET {webUrl}/api/email lists caught mail.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.mjs';
import { waitUntil } from './ports.mjs';
import { spawnManaged } from './process.mjs';

function maildevCli() {
  // maildev's package exports hide its CLI file, so it is located on disk (workspace or hoisted).
  const candidates = ['tools', '.'].map((dir) =>
    join(REPO_ROOT, dir, 'node_modules', 'maildev', 'dist', 'bin', 'maildev.js'),
  );
  const cli = candidates.find((path) => existsSync(path));
  if (!cli) throw new Error('maildev is not installed: run npm ci');
  return cli;
}

/**
 * @param {{ smtpPort: number, webPort: number, mailDir?: string, logFile?: string, onLine?: (line: string) => void }} options
 *   mailDir keeps mail across restarts (the launcher); without it mail lives in memory.
 * @returns {Promise<{ smtpUrl: string, webUrl: string, stop(): Promise<void> }>}
 */
export async function startMailCatcher({ smtpPort, webPort, mailDir, logFile, onLine }) {
  const args = [
    maildevCli(),
    '--smtp',
    String(smtpPort),
    '--web',
    String(webPort),
    '--ip',
    '127.0.0.1',
    '--web-ip',
    '127.0.0.1',
  ];
  if (mailDir) args.push('--mail-directory', mailDir);
  const child = spawnManaged({ name: 'maildev', command: process.execPath, args, logFile, onLine });
  const webUrl = `http://127.0.0.1:${webPort}`;
  const stop = async () => {
    await child.stop({ signal: 'SIGTERM', timeoutMs: 10_000 });
  };
  try {
    await waitUntil(async () => (await fetch(`${webUrl}/api/healthz`)).ok, {
      description: `maildev on ports ${smtpPort}/${webPort}`,
      timeoutMs: 30_000,
      child,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { smtpUrl: `smtp://127.0.0.1:${smtpPort}`, webUrl, stop };
}
