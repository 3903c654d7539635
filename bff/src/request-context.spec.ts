import express from 'express';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createLogger, requestContext, requestIdOf } from './request-context.js';
import { listen, type Running } from './test-support.js';

describe('requestContext', () => {
  let server: Running;

  beforeAll(async () => {
    const app = express()
      .use(requestContext(createLogger('test', 'silent')))
      .get('/id', (req, res) => {
        res.json({ id: requestIdOf(req) });
      });
    server = await listen(app);
  });

  afterAll(() => server.close());

  it("keeps the caller's request id and echoes it", async () => {
    const response = await fetch(`${server.url}/id`, { headers: { 'x-request-id': 'abc-123' } });

    expect(response.headers.get('x-request-id')).toBe('abc-123');
    await expect(response.json()).resolves.toEqual({ id: 'abc-123' });
  });

  it('generates a fresh id when the caller sends none or an unsafe one', async () => {
    const response = await fetch(`${server.url}/id`, { headers: { 'x-request-id': 'bad id\twith spaces' } });
    const { id } = (await response.json()) as { id: string };

    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-request-id')).toBe(id);
  });

  it('logs the URL of an emailed link or a sign-in callback without its secrets', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logged = await listen(
      express()
        .use(requestContext(pino({ level: 'info' }, sink)))
        .get('/{*any}', (_req, res) => {
          res.end();
        }),
    );
    try {
      await fetch(`${logged.url}/reset-password?token=reset-secret-1`);
      await fetch(`${logged.url}/bff/auth/callback?code=sso-code-2&state=sso-state-3`);
    } finally {
      await logged.close();
    }

    const log = lines.join('');
    expect(log).toContain('/reset-password?token=[redacted]');
    expect(log).toContain('/bff/auth/callback?code=[redacted]&state=[redacted]');
    expect(log).not.toMatch(/reset-secret-1|sso-code-2|sso-state-3/);
  });
});
