// Port helpers: free ports for tests and polling until a server answers.
import { createServer, connect } from 'node:net';

// Ports handed out recently are skipped: callers usually bind them a moment later, and
// parallel callers must not receive the same port in between.
const handedOut = new Set();

/** @returns {Promise<number>} a TCP port on 127.0.0.1 that nothing listens on right now */
export async function freePort() {
  for (;;) {
    const port = await new Promise((resolve, reject) => {
      const server = createServer();
      server.unref();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const { port: bound } = server.address();
        server.close(() => resolve(bound));
      });
    });
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

/** Resolves true when something accepts TCP connections on host:port. */
export function isPortOpen(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Polls `probe` until it resolves truthy. Fails early with the child's log tail when the
 * child process it waits for has exited, and with `description` on timeout.
 * @template T
 * @param {() => Promise<T> | T} probe
 * @param {{ description?: string; timeoutMs?: number; intervalMs?: number; child?: import('./index.mjs').ManagedProcess }} [options]
 * @returns {Promise<T>}
 */
export async function waitUntil(probe, { description, timeoutMs = 60_000, intervalMs = 200, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    if (child && !child.running) {
      throw new Error(
        `${description}: ${child.name} exited (${child.exitSummary()}) before it was ready\n${child.tail()}`,
      );
    }
    try {
      const result = await probe();
      if (result) return result;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const reason = lastError ? ` (last error: ${lastError.message})` : '';
      const tail = child ? `\n${child.tail()}` : '';
      throw new Error(`${description}: not ready after ${Math.round(timeoutMs / 1000)} s${reason}${tail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
