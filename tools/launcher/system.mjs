// The whole system as one object: backing servers, migrations and seed, five services and
// five SSR apps. `npm start` runs it on .data with the default ports; the e2e tests run it on
// temporary data with free ports. stop() takes everything down in reverse order.
import { existsSync } from 'node:fs';
import { chmod, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  REPO_ROOT,
  freePort,
  isPortOpen,
  spawnManaged,
  startFerretDb,
  startMailCatcher,
  startPostgres,
} from '../db/index.mjs';
import { ALL_PORTS, FIRST_WAVE, SERVICES, WEB_APPS } from './components.mjs';
import { waitHealthy } from './health.mjs';

const MIGRATE = join(REPO_ROOT, 'core', 'dist', 'migrations', 'migrate.js');
const SEED = join(REPO_ROOT, 'core', 'dist', 'seed', 'seed.js');
const TSC = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const NG = join(REPO_ROOT, 'node_modules', '@angular', 'cli', 'bin', 'ng.js');

/** Names `--watch` accepts: every service and SSR app. */
export const WATCHABLE = [...SERVICES, ...WEB_APPS].map((c) => c.name);

/**
 * How a watched component is rebuilt on every change: one `tsc -w` for core (every watched service restarts
 * from core/dist), one `ng build --watch` per SSR app, in the development configuration and into its own
 * folder, so the production build in web/dist/<app> stays what `npm start` serves.
 */
function watchBuild(component) {
  if (component.kind === 'service') {
    return {
      name: 'core-watch',
      args: [TSC, '-w', '--preserveWatchOutput', '-p', join(REPO_ROOT, 'core', 'tsconfig.build.json')],
      cwd: REPO_ROOT,
      output: join(REPO_ROOT, 'core', 'dist'),
      entry: component.entry,
    };
  }
  const output = join(REPO_ROOT, 'web', 'dist', 'watch', component.app);
  return {
    name: `${component.app}-watch`,
    args: [NG, 'build', component.app, '--watch', '--configuration', 'development', '--output-path', output],
    cwd: join(REPO_ROOT, 'web'),
    output,
    entry: join(output, 'server', 'server.mjs'),
    fresh: true,
  };
}

/** Ports from the environment (see README), falling back to the documented defaults. */
export function defaultPorts(env = process.env) {
  return Object.fromEntries(ALL_PORTS.map((c) => [c.portKey, Number(env[c.portEnv] ?? c.defaultPort)]));
}

/** A free port for every component, for tests that run next to a developer's system. */
export async function freePorts() {
  const entries = await Promise.all(ALL_PORTS.map(async (c) => [c.portKey, await freePort()]));
  return Object.fromEntries(entries);
}

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

export class System {
  /**
   * @param {object} options
   * @param {string} options.dataDir root of persistent data and logs (postgres/, ferretdb/, maildev/, logs/)
   * @param {Record<string, number>} options.ports see defaultPorts()
   * @param {boolean} [options.persistent] false removes dataDir on stop (tests)
   * @param {{ databaseUrl?: string, mongoUrl?: string, smtpUrl?: string }} [options.external]
   *   real servers to use instead of starting the embedded ones
   * @param {(line: string) => void} [options.log] status lines
   * @param {boolean} [options.echo] also print every child output line, prefixed with its name
   * @param {() => Promise<void>} [options.build] runs while the backing servers start
   * @param {Iterable<string>} [options.watch] components (see WATCHABLE) rebuilt and restarted on every change
   */
  constructor({
    dataDir,
    ports,
    persistent = true,
    external = {},
    log = () => {},
    echo = false,
    build,
    watch = [],
  }) {
    Object.assign(this, { dataDir, ports, persistent, external, log, echo, build });
    this.watch = new Set(watch);
    this.watchBuilds = new Map();
    this.logDir = join(dataDir, 'logs');
    this.stack = [];
    this.stopping = false;
  }

  /** Every component's URL variable: its default URL on the port it got. */
  get urls() {
    const urls = {};
    for (const c of [...SERVICES, ...WEB_APPS]) {
      const url = new URL(c.defaultUrl);
      url.port = String(this.ports[c.portKey]);
      urls[c.urlEnv] = url.origin;
    }
    return urls;
  }

  /** Environment of every service and SSR app (and of the e2e tests). */
  get env() {
    const { databaseUrl, mongoUrl, smtpUrl, mailWebUrl } = this.backing;
    return {
      ...this.urls,
      DATABASE_URL: databaseUrl,
      MONGO_URL: mongoUrl,
      SMTP_URL: smtpUrl,
      ...(mailWebUrl ? { MAIL_WEB_URL: mailWebUrl } : {}),
      ...Object.fromEntries(SERVICES.map((c) => [c.portEnv, String(this.ports[c.portKey])])),
    };
  }

  async start() {
    const started = Date.now();
    await mkdir(this.logDir, { recursive: true });
    // Embedded PostgreSQL runs as the `postgres` user, which must be able to enter the data directory.
    await chmod(this.dataDir, 0o755);
    await this.checkPortsFree();
    // Settle both before failing, so nothing is left starting behind our back.
    const [backing, build] = await Promise.allSettled([this.startBacking(), this.build?.()]);
    for (const result of [backing, build]) if (result.status === 'rejected') throw result.reason;
    this.backing = backing.value;
    for (const entry of [MIGRATE, SEED, ...SERVICES.map((c) => c.entry), ...WEB_APPS.map((c) => c.entry)]) {
      if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first`);
    }
    await this.runOnce('migrate', MIGRATE);
    await this.runOnce('seed', SEED);
    const firstWave = SERVICES.filter((c) => FIRST_WAVE.has(c.name));
    await Promise.all(firstWave.map((c) => this.startApp(c)));
    await Promise.all(
      [...SERVICES.filter((c) => !FIRST_WAVE.has(c.name)), ...WEB_APPS].map((c) => this.startApp(c)),
    );
    this.log(`everything is healthy after ${seconds(started)}`);
    return this;
  }

  async checkPortsFree() {
    const wanted = ALL_PORTS.filter((c) => {
      if (c.portKey === 'postgres') return !this.external.databaseUrl;
      if (c.portKey === 'ferretdb') return !this.external.mongoUrl;
      if (c.portKey === 'smtp' || c.portKey === 'mailWeb') return !this.external.smtpUrl;
      return true;
    });
    const busy = [];
    await Promise.all(
      wanted.map(async (c) => {
        if (await isPortOpen(this.ports[c.portKey])) busy.push(`${this.ports[c.portKey]} (${c.portEnv})`);
      }),
    );
    if (busy.length) {
      throw new Error(
        `port(s) already in use: ${busy.sort().join(', ')}. Is the system already running? ` +
          'Stop it, or choose other ports through the variables named here.',
      );
    }
  }

  /** Remembers how to stop a started component; one that finished starting too late is stopped at once. */
  async track(name, stop) {
    if (this.stopping) {
      await stop();
      throw new Error('stopped while starting');
    }
    this.stack.push({ name, stop });
  }

  async startBacking() {
    const { databaseUrl, mongoUrl, smtpUrl } = this.external;
    const logFile = (name) => join(this.logDir, `${name}.log`);
    const onLine = (name) => (this.echo ? (line) => console.log(`${name.padEnd(14)}| ${line}`) : undefined);
    const timed = async (name, start) => {
      const since = Date.now();
      const server = await start();
      await this.track(name, () => server.stop());
      this.log(`${name} ready (${seconds(since)})`);
      return server;
    };
    const results = await Promise.allSettled([
      databaseUrl
        ? { url: databaseUrl }
        : timed('postgres', () =>
            startPostgres({
              dataDir: join(this.dataDir, 'postgres'),
              port: this.ports.postgres,
              persistent: this.persistent,
              logFile: logFile('postgres'),
              onLine: onLine('postgres'),
            }),
          ),
      mongoUrl
        ? { url: mongoUrl }
        : timed('ferretdb', () =>
            startFerretDb({
              dataDir: join(this.dataDir, 'ferretdb'),
              port: this.ports.ferretdb,
              logFile: logFile('ferretdb'),
              onLine: onLine('ferretdb'),
            }),
          ),
      smtpUrl
        ? { smtpUrl }
        : timed('maildev', () =>
            startMailCatcher({
              smtpPort: this.ports.smtp,
              webPort: this.ports.mailWeb,
              mailDir: join(this.dataDir, 'maildev'),
              logFile: logFile('maildev'),
              onLine: onLine('maildev'),
            }),
          ),
    ]);
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
    const [postgres, ferretdb, mail] = results.map((result) => result.value);
    return {
      databaseUrl: postgres.url,
      mongoUrl: ferretdb.url,
      smtpUrl: mail.smtpUrl,
      mailWebUrl: mail.webUrl,
    };
  }

  childEnv(extra = {}) {
    // NODE_OPTIONS of a Jest parent (--experimental-vm-modules) must not leak into the apps.
    const { NODE_OPTIONS: _ignored, ...inherited } = process.env;
    return {
      ...inherited,
      // The services read an unset NODE_ENV as production, which needs real secrets; the launcher runs the
      // system for development (or for the e2e tests, whose Jest says `test`) unless told otherwise.
      NODE_ENV: inherited.NODE_ENV?.trim() || 'development',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      ...this.env,
      ...extra,
    };
  }

  spawnNode(name, entry, extraEnv, nodeArgs = []) {
    return spawnManaged({
      name,
      command: process.execPath,
      args: ['--enable-source-maps', ...nodeArgs, entry],
      cwd: REPO_ROOT,
      env: this.childEnv(extraEnv),
      logFile: join(this.logDir, `${name}.log`),
      onLine: this.echo ? (line) => console.log(`${name.padEnd(14)}| ${line}`) : undefined,
    });
  }

  /** Runs a one-shot script (migrations, seed) and fails with its log tail if it fails. */
  async runOnce(name, entry) {
    if (this.stopping) throw new Error('stopped while starting');
    const since = Date.now();
    const child = this.spawnNode(name, entry);
    this.oneShot = child;
    const { code, signal } = await child.exited;
    if (code !== 0) {
      throw new Error(
        `${name} failed (${signal ? `signal ${signal}` : `exit code ${code}`})\n${child.tail()}`,
      );
    }
    this.log(`${name} done (${seconds(since)})`);
  }

  async startApp(component) {
    if (this.stopping) throw new Error('stopped while starting');
    const since = Date.now();
    const port = this.ports[component.portKey];
    const watched = this.watch.has(component.name) ? await this.startWatchBuild(component) : undefined;
    const child = this.spawnNode(
      component.name,
      watched?.entry ?? component.entry,
      component.kind === 'web' ? { PORT: String(port) } : {},
      watched?.nodeArgs,
    );
    await this.track(component.name, () => child.stop({ signal: 'SIGTERM', timeoutMs: 10_000 }));
    await waitHealthy({
      name: component.name,
      url: `http://127.0.0.1:${port}${component.healthPath}`,
      child,
    });
    this.log(`${component.name} healthy on port ${port} (${seconds(since)})`);
    child.exited.then(() => {
      if (!this.stopping) {
        this.log(
          `${component.name} exited unexpectedly (${child.exitSummary()}); its last lines:\n${child.tail()}`,
        );
      }
    });
  }

  /**
   * Starts (once) the compiler that rebuilds a watched component's output, waits for its first build, and
   * returns the entry to run with the node options that restart it whenever that output changes.
   */
  async startWatchBuild(component) {
    const build = watchBuild(component);
    if (!this.watchBuilds.has(build.name)) {
      if (build.fresh) await rm(build.output, { recursive: true, force: true });
      const child = spawnManaged({
        name: build.name,
        command: process.execPath,
        args: build.args,
        cwd: build.cwd,
        env: this.childEnv({ NG_CLI_ANALYTICS: 'false', NG_FORCE_TTY: 'false' }),
        logFile: join(this.logDir, `${build.name}.log`),
        onLine: (line) => console.log(`${build.name.padEnd(14)}| ${line}`),
      });
      this.watchBuilds.set(build.name, child);
      await this.track(build.name, () => child.stop({ signal: 'SIGTERM', timeoutMs: 10_000 }));
      this.log(`${build.name} rebuilds ${build.output} on every change`);
    }
    const since = Date.now();
    while (!existsSync(build.entry)) {
      if (this.stopping) throw new Error('stopped while starting');
      if (Date.now() - since > 300_000) throw new Error(`${build.name} built no ${build.entry} in 5 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return { entry: build.entry, nodeArgs: [`--watch-path=${build.output}`, '--watch-preserve-output'] };
  }

  /** Stops in reverse order of start: SSR apps, services, then maildev, FerretDB, PostgreSQL. */
  async stop() {
    this.stopping = true;
    const stopGroup = async (names) => {
      const group = this.stack.filter((entry) => names.has(entry.name));
      await Promise.all(
        group.map((entry) => entry.stop().catch((error) => this.log(`${entry.name}: ${error.message}`))),
      );
      this.stack = this.stack.filter((entry) => !names.has(entry.name));
    };
    await stopGroup(new Set(WEB_APPS.map((c) => c.name)));
    await stopGroup(new Set(SERVICES.filter((c) => !FIRST_WAVE.has(c.name)).map((c) => c.name)));
    await stopGroup(FIRST_WAVE);
    await stopGroup(new Set(this.watchBuilds.keys()));
    await this.oneShot?.stop({ signal: 'SIGTERM', timeoutMs: 10_000 });
    for (const name of ['maildev', 'ferretdb', 'postgres']) await stopGroup(new Set([name]));
    if (!this.persistent) await rm(this.dataDir, { recursive: true, force: true });
  }
}

/** Starts the system; on failure whatever was started is stopped again before rethrowing. */
export async function startSystem(options) {
  const system = new System(options);
  try {
    return await system.start();
  } catch (error) {
    await system.stop();
    throw error;
  }
}
