import { createServer } from 'node:net';
import { freePort, isPortOpen, waitUntil } from './ports.mjs';

describe('port helpers', () => {
  it('freePort hands out distinct ports that can be bound', async () => {
    const ports = await Promise.all(Array.from({ length: 8 }, () => freePort()));
    expect(new Set(ports).size).toBe(ports.length);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(ports[0], '127.0.0.1', resolve));
    try {
      expect(await isPortOpen(ports[0])).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await isPortOpen(ports[0])).toBe(false);
  });

  it('waitUntil names what it waited for when it times out', async () => {
    await expect(
      waitUntil(() => false, { description: 'the moon', timeoutMs: 300, intervalMs: 50 }),
    ).rejects.toThrow(/the moon: not ready after/);
  });
});
