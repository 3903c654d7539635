import express from 'express';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { requestIdMiddleware } from './request-id.middleware.js';

describe('requestIdMiddleware', () => {
  it('logs each request without the one-time secrets its URL carries', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = express()
      .use(requestIdMiddleware(pino({ level: 'info' }, sink)))
      .use((_req, res) => {
        res.end();
      });
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await fetch(`${base}/auth/invitations/invitation-secret-1`);
      await fetch(`${base}/auth/sessions/exchange?code=sso-code-2`);
    } finally {
      server.closeAllConnections();
      server.close();
    }
    await new Promise((resolve) => setImmediate(resolve));

    const log = lines.join('');
    expect(log).toContain('/auth/invitations/[redacted]');
    expect(log).toContain('/auth/sessions/exchange?code=[redacted]');
    expect(log).not.toMatch(/invitation-secret-1|sso-code-2/);
  });
});
