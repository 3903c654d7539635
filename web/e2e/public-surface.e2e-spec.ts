import { request } from 'node:http';
import type { Browser } from 'playwright-core';
import { loadBffConfig } from '../../bff/src/config.js';
import type { BffSession } from '../../bff/src/session.js';
import { createSessionCipher } from '../../bff/src/session-cipher.js';
import { launchChromium } from '../../tools/test/browser.mjs';
import { apiAccessToken, envUrl } from './e2e-support.js';

/** A GET with a Host header of the caller's choosing, which fetch() does not allow. */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { host } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

/** The customer app's session cookie for a real customer, last checked long enough ago to be due again. */
async function sessionDueForRecheck(): Promise<string> {
  const { sessionSecret } = loadBffConfig('customer', { NODE_ENV: 'development' });
  const session: BffSession = {
    accessToken: await apiAccessToken('customer@astrobookings.test'),
    refreshToken: 'not-used-by-a-recheck',
    accessExpiresAt: Date.now() + 5 * 60_000,
    checkedAt: Date.now() - 10 * 60_000,
    user: { id: 'c', email: 'customer@astrobookings.test', name: 'Demo', roles: ['customer'] },
  };
  return `__Host-astro-customer=${createSessionCipher(sessionSecret, 'session:customer').seal(session)}`;
}

async function anyLaunchId(): Promise<string> {
  const home = (await (await fetch(`${envUrl('CUSTOMER_WEB_URL')}/bff/home`)).json()) as {
    launches: { id: string }[];
  };
  return home.launches[0].id;
}

describe('the customer app to anonymous visitors and shared caches', () => {
  const customerWeb = () => envUrl('CUSTOMER_WEB_URL');

  it('answers a public route without touching the session, so a cacheable answer never carries a cookie', async () => {
    const cookie = await sessionDueForRecheck();

    const home = await fetch(`${customerWeb()}/bff/home`, { headers: { cookie } });
    const session = await fetch(`${customerWeb()}/bff/session`, { headers: { cookie } });

    expect(home.status).toBe(200);
    expect(home.headers.get('set-cookie')).toBeNull();
    expect(home.headers.get('cache-control')).toBe('public, max-age=30');
    expect(session.headers.get('set-cookie')).toContain('__Host-astro-customer=');
    expect(session.headers.get('cache-control')).toBe('private, no-store');
    expect(session.headers.get('vary')).toContain('Cookie');
  });

  it('sets no cookie on the sitemap, robots.txt or a catalog view', async () => {
    for (const path of ['/sitemap.xml', '/robots.txt', '/bff/catalog/launches']) {
      const response = await fetch(`${customerWeb()}${path}`);

      expect([path, response.headers.get('set-cookie')]).toEqual([path, null]);
    }
  });

  it('builds the sitemap, robots.txt and canonical URLs from the configured origin, whatever Host is sent', async () => {
    const origin = new URL(customerWeb()).origin;
    const sitemap = await getWithHost(`${customerWeb()}/sitemap.xml`, 'evil.example');
    const robots = await getWithHost(`${customerWeb()}/robots.txt`, 'evil.example');
    // Another name of this very server, which Angular's allowedHosts lets through (and the renderer's own
    // calls to the BFF, which follow the Host header, still reach).
    const otherName = `127.0.0.1:${new URL(customerWeb()).port}`;
    const page = await getWithHost(`${customerWeb()}/launches/${await anyLaunchId()}`, otherName);

    expect(sitemap.body).toContain(`<loc>${origin}/</loc>`);
    expect(robots.body).toContain(`Sitemap: ${origin}/sitemap.xml`);
    expect(page.body).toMatch(new RegExp(`<link rel="canonical" href="${origin}/launches/`));
    for (const body of [sitemap.body, robots.body, page.body]) {
      expect(body).not.toMatch(/evil\.example|127\.0\.0\.1/);
    }
  });

  it.each(['/docs', '/openapi.json', '/health/ready', '/launches'])(
    'keeps %s of the Customer API out of reach through the proxy',
    async (path) => {
      const response = await fetch(`${customerWeb()}/bff/proxy/customer${path}`);

      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    },
  );

  describe('a launch page', () => {
    let browser: Browser;

    beforeAll(async () => {
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('refreshes its seats left through the one call the proxy allows', async () => {
      const id = await anyLaunchId();
      const page = await browser.newPage();
      await page.clock.install();
      await page.goto(`${customerWeb()}/launches/${id}`);
      await page.getByText(/seats? left|Sold out/).waitFor();

      const refreshed = page.waitForResponse((response) => response.url().includes('/bff/proxy/customer/'));
      await page.clock.fastForward(30_000);
      const response = await refreshed;

      expect(response.url()).toBe(`${customerWeb()}/bff/proxy/customer/launches/${id}`);
      expect(response.status()).toBe(200);
      await expect(response.json()).resolves.toHaveProperty('seatsAvailable');
      await page.close();
    });
  });
});
