// Long-running child processes that never outlive their parent.
// Each child runs in its own process group (so a terminal's Ctrl-C reaches only the parent,
// which then stops children in order) and, through util-linux `setpriv --pdeathsig`, gets a
// signal from the kernel if the parent dies without stopping it (e.g. SIGKILL).
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((path) => existsSync(path));
const TAIL_LINES = 40;

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {object} options
 * @param {string} options.name label used in logs and errors
 * @param {string} options.command executable
 * @param {string[]} [options.args]
 * @param {Record<string, string>} [options.env] full environment of the child
 * @param {string} [options.cwd]
 * @param {number} [options.uid] run as this user (root only)
 * @param {number} [options.gid]
 * @param {string} [options.logFile] every output line is appended here
 * @param {(line: string) => void} [options.onLine] also receives every output line
 * @param {NodeJS.Signals} [options.deathSignal] what the kernel sends the child if we die
 */
export function spawnManaged({
  name,
  command,
  args = [],
  env = process.env,
  cwd,
  uid,
  gid,
  logFile,
  onLine,
  deathSignal = 'SIGTERM',
}) {
  const [file, argv] = SETPRIV
    ? [SETPRIV, ['--pdeathsig', deathSignal, '--', command, ...args]]
    : [command, args];
  const child = spawn(file, argv, { cwd, env, uid, gid, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });

  let log;
  if (logFile) {
    mkdirSync(dirname(logFile), { recursive: true });
    log = createWriteStream(logFile, { flags: 'a' });
  }
  const tail = [];
  const take = (stream) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop();
      for (const line of lines) emit(line);
    });
    stream.on('end', () => pending && emit(pending));
  };
  const emit = (line) => {
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
    log?.write(`${line}\n`);
    onLine?.(line);
  };
  take(child.stdout);
  take(child.stderr);

  let exitInfo;
  const exited = new Promise((resolve) => {
    child.once('error', (error) => {
      exitInfo = { code: null, signal: null, error };
      emit(`failed to start ${command}: ${error.message}`);
      resolve(exitInfo);
    });
    child.once('exit', (code, signal) => {
      exitInfo = { code, signal };
      resolve(exitInfo);
    });
  }).then(async (info) => {
    if (log) await new Promise((resolve) => log.end(resolve));
    return info;
  });

  return {
    name,
    pid: child.pid,
    exited,
    get running() {
      return exitInfo === undefined;
    },
    exitSummary() {
      if (!exitInfo) return 'running';
      if (exitInfo.error) return exitInfo.error.message;
      return exitInfo.signal ? `signal ${exitInfo.signal}` : `exit code ${exitInfo.code}`;
    },
    tail() {
      return tail.map((line) => `  ${name} | ${line}`).join('\n');
    },
    /**
     * Sends `signal` (to the process only, or to its whole group) and waits; after
     * `timeoutMs` the group is killed. Leftovers in the group are always swept.
     */
    async stop({ signal = 'SIGTERM', timeoutMs = 15_000, group = true } = {}) {
      if (exitInfo === undefined && child.pid) {
        if (group) signalGroup(child.pid, signal);
        else child.kill(signal);
        let timer;
        const timeout = new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs, 'timeout')));
        const outcome = await Promise.race([exited, timeout]);
        clearTimeout(timer);
        if (outcome === 'timeout') {
          emit(`did not stop within ${timeoutMs} ms after ${signal}: killing it`);
          signalGroup(child.pid, 'SIGKILL');
        }
      }
      await exited;
      if (child.pid) signalGroup(child.pid, 'SIGKILL');
      return exitInfo;
    },
  };
}
