import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, spawnManaged, waitUntil } from './index.mjs';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('managed child processes', () => {
  it('stop() ends the child and everything it started in its process group', async () => {
    const child = spawnManaged({
      name: 'shell',
      command: 'sh',
      args: ['-c', 'sleep 300 & echo "grandchild $!"; wait'],
    });
    const grandchild = Number(
      await waitUntil(() => child.tail().match(/grandchild (\d+)/)?.[1], {
        description: 'grandchild pid',
      }),
    );
    expect(isAlive(grandchild)).toBe(true);
    await child.stop({ signal: 'SIGTERM', timeoutMs: 5000 });
    expect(child.running).toBe(false);
    await waitUntil(() => !isAlive(grandchild), { description: 'grandchild gone', timeoutMs: 5000 });
  });

  it('a child does not outlive a parent that is killed with SIGKILL', async () => {
    const script = `
      const { spawnManaged } = await import(${JSON.stringify(join(REPO_ROOT, 'tools/db/index.mjs'))});
      const child = spawnManaged({ name: 'sleeper', command: 'sleep', args: ['300'] });
      console.log('child ' + child.pid);
      setInterval(() => {}, 1000);
    `;
    const parent = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const pid = await new Promise<number>((resolve) =>
      parent.stdout.on('data', (chunk: Buffer) => {
        const match = chunk.toString().match(/child (\d+)/);
        if (match) resolve(Number(match[1]));
      }),
    );
    expect(isAlive(pid)).toBe(true);
    parent.kill('SIGKILL');
    await waitUntil(() => !isAlive(pid), {
      description: `child ${pid} gone after its parent died`,
      timeoutMs: 5000,
    });
  });
});
