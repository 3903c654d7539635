import express from 'express';
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
});
