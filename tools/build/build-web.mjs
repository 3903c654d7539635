// Builds the five Angular SSR apps (`ng build <app>` with the workspace's own Angular CLI, under
// Node 24). One at a time: esbuild already spreads each build over every core, and on the 2-core
// machine five cold builds took 32 s sequentially against 34 s two at a time (52 s three at a time).
// WEB_BUILD_CONCURRENCY overrides.
// Usage: node tools/build/build-web.mjs [app ...]   (default: all apps)
import { WEB_APPS as SYSTEM_WEB_APPS } from '@astrobookings/system';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WEB_DIR = join(REPO_ROOT, 'web');
const WITH_NODE24 = join(REPO_ROOT, 'tools', 'bin', 'with-node24');
const NG = join(REPO_ROOT, 'node_modules', '@angular', 'cli', 'bin', 'ng.js');

export const WEB_APPS = SYSTEM_WEB_APPS.map(({ app }) => app);

function buildApp(app) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(WITH_NODE24, ['node', NG, 'build', app], {
      cwd: WEB_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        // Route extraction loads each app's server module, which validates its configuration; unset, NODE_ENV
        // would mean production and ask for secrets a build has no use for.
        NODE_ENV: process.env.NODE_ENV?.trim() || 'development',
        NG_CLI_ANALYTICS: 'false',
        NG_FORCE_TTY: 'false',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (code === 0) {
        console.log(`web: built ${app} in ${seconds}s`);
        resolve();
      } else {
        // Parallel builds interleave; print a failed build's whole log at once.
        process.stderr.write(output);
        reject(new Error(`ng build ${app} exited with ${code} after ${seconds}s`));
      }
    });
  });
}

export async function buildWeb(
  apps = WEB_APPS,
  concurrency = Number(process.env.WEB_BUILD_CONCURRENCY ?? 1),
) {
  const queue = [...apps];
  const worker = async () => {
    for (let app = queue.shift(); app; app = queue.shift()) {
      await buildApp(app);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, apps.length)) }, worker));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const unknown = process.argv.slice(2).filter((app) => !WEB_APPS.includes(app));
  if (unknown.length > 0) {
    console.error(`Unknown web app(s): ${unknown.join(', ')}. Known: ${WEB_APPS.join(', ')}`);
    process.exit(2);
  }
  const started = Date.now();
  try {
    await buildWeb(process.argv.length > 2 ? process.argv.slice(2) : WEB_APPS);
    console.log(`web: all builds done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
