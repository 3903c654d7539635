import express from 'express';
import { clearCookie, setCookie } from './cookies.js';
import { listen, type Running } from './test-support.js';

describe('cookies', () => {
  let server: Running;

  beforeAll(async () => {
    const app = express()
      .get('/sets', (_req, res) => {
        setCookie(res, '__Host-astro-test', 'sealed');
        res.set('cache-control', 'public, max-age=30').json({});
      })
      .get('/clears', (_req, res) => {
        clearCookie(res, '__Host-astro-test');
        res.set('cache-control', 'public, max-age=30').vary('Accept').send('ok');
      })
      .get('/none', (_req, res) => {
        res.set('cache-control', 'public, max-age=30').json({});
      });
    server = await listen(app);
  });

  afterAll(() => server.close());

  it('makes a response that sets a cookie private and uncacheable, even when the route says public', async () => {
    const response = await fetch(`${server.url}/sets`);

    expect(response.headers.get('set-cookie')).toContain('__Host-astro-test=sealed');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('vary')).toBe('Cookie');
  });

  it('does the same for a response that clears a cookie, keeping its other Vary headers', async () => {
    const response = await fetch(`${server.url}/clears`);

    expect(response.headers.get('set-cookie')).toContain('__Host-astro-test=;');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('vary')).toBe('Accept, Cookie');
  });

  it('leaves the cache header of a response without cookies to its route', async () => {
    const response = await fetch(`${server.url}/none`);

    expect(response.headers.get('cache-control')).toBe('public, max-age=30');
  });
});
