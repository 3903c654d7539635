// `npm start`: builds what changed, starts the whole system on .data (kept between runs),
// prints where everything is, and stops it all cleanly on Ctrl-C / SIGTERM.
//   --no-build   skip the build step        --verbose   echo every component's log lines
//   --watch=<component>[,<component>…]   rebuild and restart these services or SSR apps on every change
// Env: ASTRO_DATA_DIR (default .data), the *_PORT variables, and DATABASE_URL / MONGO_URL /
// SMTP_URL to use real servers instead of the embedded ones (see README).
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DATA_DIR, REPO_ROOT } from '../db/index.mjs';
import { System, WATCHABLE, defaultPorts } from './system.mjs';
import { formatUrlTable } from './table.mjs';

const args = new Set(process.argv.slice(2));
const watch = process.argv
  .slice(2)
  .filter((arg) => arg.startsWith('--watch='))
  .flatMap((arg) => arg.slice('--watch='.length).split(','))
  .filter(Boolean);
const unknown = watch.filter((name) => !WATCHABLE.includes(name));
if (unknown.length) {
  console.error(
    `[launcher] --watch: unknown component(s) ${unknown.join(', ')}; known: ${WATCHABLE.join(', ')}`,
  );
  process.exit(2);
}
const started = Date.now();
const log = (line) => console.log(`[launcher] ${line}`);

function build() {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'tools', 'build', 'build-all.mjs')], {
      stdio: 'inherit',
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`build failed (exit ${code})`)),
    );
  });
}

const system = new System({
  dataDir: resolve(process.env.ASTRO_DATA_DIR ?? DATA_DIR),
  ports: defaultPorts(),
  external: {
    databaseUrl: process.env.DATABASE_URL,
    mongoUrl: process.env.MONGO_URL,
    smtpUrl: process.env.SMTP_URL,
  },
  log,
  echo: args.has('--verbose'),
  build: args.has('--no-build') ? undefined : build,
  watch,
});

let stopping;
function shutdown(signal) {
  if (stopping) {
    log(`${signal} again: still stopping, please wait`);
    return;
  }
  log(`${signal}: stopping everything`);
  stopping = system.stop().then(
    () => {
      log('stopped');
      process.exit(0);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => shutdown(signal));

try {
  await system.start();
  console.log(formatUrlTable(system));
  log(`started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  if (!stopping) {
    console.error(`\n[launcher] start-up failed: ${error.message}\n`);
    await system.stop();
    process.exit(1);
  }
}
