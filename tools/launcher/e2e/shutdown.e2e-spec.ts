import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../db/index.mjs';
import { ALL_PORTS } from '../components.mjs';
import { freePorts } from '../system.mjs';

interface ProcessInfo {
  pid: number;
  ppid: number;
  args: string;
}

function processTable(): ProcessInfo[] {
  return execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [, pid, ppid, args] = line.match(/^\s*(\d+)\s+(\d+)\s+(.*)$/) ?? [];
      return { pid: Number(pid), ppid: Number(ppid), args };
    });
}

function descendantsOf(root: number): ProcessInfo[] {
  const table = processTable();
  const found: ProcessInfo[] = [];
  const parents = [root];
  while (parents.length) {
    const parent = parents.pop();
    for (const info of table.filter((candidate) => candidate.ppid === parent)) {
      found.push(info);
      parents.push(info.pid);
    }
  }
  return found;
}

function waitForOutput(child: ChildProcess, marker: string, output: { text: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output.text += chunk.toString();
      if (output.text.includes(marker)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`launcher exited (${code}) before printing its URL table:\n${output.text}`)),
    );
  });
}

describe('the launcher', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'astro-launcher-'));
    await chmod(dataDir, 0o755);
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('leaves no process behind when it is interrupted with SIGINT', async () => {
    const ports = await freePorts();
    // The e2e globalSetup exports the URLs of its own system; the launcher must start its own servers.
    const { DATABASE_URL: _d, MONGO_URL: _m, SMTP_URL: _s, NODE_OPTIONS: _n, ...env } = process.env;
    for (const component of ALL_PORTS) env[component.portEnv] = String(ports[component.portKey]);
    const launcher = spawn(
      process.execPath,
      [join(REPO_ROOT, 'tools', 'launcher', 'start.mjs'), '--no-build'],
      {
        cwd: REPO_ROOT,
        env: { ...env, ASTRO_DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const output = { text: '' };
    await waitForOutput(launcher, 'AstroBookings is up', output);

    const children = descendantsOf(launcher.pid as number);
    const commands = children.map((child) => child.args).join('\n');
    expect(commands).toMatch(/postgres -D/);
    expect(commands).toMatch(/ferretdb/);
    expect(commands).toMatch(/maildev/);
    expect(commands.match(/core\/dist\/apps\/.*\/main\.js/g)).toHaveLength(5);
    expect(commands.match(/web\/dist\/.*\/server\/server\.mjs/g)).toHaveLength(5);

    const exited = new Promise<number | null>((resolve) => launcher.once('exit', resolve));
    launcher.kill('SIGINT');
    expect(await exited).toBe(0);

    const alive = new Map(processTable().map((info) => [info.pid, info.args]));
    const leftovers = children.filter((child) => alive.get(child.pid) === child.args);
    expect(leftovers).toEqual([]);
    expect(processTable().filter((info) => info.args.includes(dataDir))).toEqual([]);
  }, 240_000);
});
