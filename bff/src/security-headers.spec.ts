import express from 'express';
import { cspNonceOf, securityHeaders } from './security-headers.js';
import { listen, type Running } from './test-support.js';

describe('securityHeaders', () => {
  let server: Running;

  beforeAll(async () => {
    const app = express()
      .use(securityHeaders())
      .get('/', (_req, res) => {
        res.send(`<script nonce="${cspNonceOf(res)}"></script>`);
      });
    server = await listen(app);
  });

  afterAll(() => server.close());

  it('allows inline scripts only through a nonce that changes on every response', async () => {
    const first = await fetch(server.url);
    const second = await fetch(server.url);
    const policy = first.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];

    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(await first.text()).toContain(`nonce="${nonce}"`);
    expect(second.headers.get('content-security-policy')).not.toContain(nonce);
  });

  it('sets the usual hardening headers', async () => {
    const response = await fetch(server.url);

    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('asks for HSTS only when the app is served over HTTPS', async () => {
    const https = await listen(
      express()
        .use(securityHeaders({ https: true }))
        .get('/', (_req, res) => {
          res.send('ok');
        }),
    );
    try {
      expect((await fetch(https.url)).headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
    } finally {
      await https.close();
    }
    expect((await fetch(server.url)).headers.get('strict-transport-security')).toBeNull();
  });
});
