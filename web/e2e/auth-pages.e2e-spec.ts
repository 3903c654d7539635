import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/test/browser.mjs';
import { axeViolations, DEMO_PASSWORD, envUrl } from './e2e-support.js';

const PAGES = [
  '/sign-in?app=customer&returnTo=%2F',
  '/sign-in?error=invalid-credentials',
  '/sign-in?error=rate-limited',
  '/sign-up',
  '/check-email?reason=verify',
  '/check-email?reason=reset',
  '/verify-email?token=abc',
  '/verify-email?error=link-invalid',
  '/forgot-password',
  '/reset-password?token=abc',
  '/invitation?token=unknown',
  '/unlock-account?token=abc',
  '/unlock-account',
];

describe('auth pages', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(PAGES)('%s renders on the server without accessibility violations', async (path) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    const response = await page.goto(`${envUrl('AUTH_WEB_URL')}${path}`, { waitUntil: 'networkidle' });

    expect(response?.status()).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a rate-limit message in plain words', async () => {
    const html = await (await fetch(`${envUrl('AUTH_WEB_URL')}/sign-in?error=rate-limited`)).text();

    expect(html).toContain('Too many attempts');
  });

  it('serves a sign-in form that works without JavaScript: a POST form with its CSRF field', async () => {
    const html = await (await fetch(`${envUrl('AUTH_WEB_URL')}/sign-in`)).text();

    expect(html).toMatch(/<form[^>]*method="post"[^>]*action="\/bff\/auth\/sign-in"/);
    expect(html).toMatch(/<input type="hidden" name="_csrf" value="[\w-]+\.[\w-]+"/);
  });

  it.each(['/.//evil.example/login'])(
    'keeps a user signing in, and one already signed in, on this site when the return path is %s',
    async (returnTo) => {
      const authWeb = envUrl('AUTH_WEB_URL');
      const cookies = new Map<string, string>();
      const keep = (response: Response) => {
        for (const line of response.headers.getSetCookie()) {
          const [pair = ''] = line.split(';');
          const at = pair.indexOf('=');
          cookies.set(pair.slice(0, at), pair.slice(at + 1));
        }
        return response;
      };
      const cookie = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
      const form = await keep(await fetch(`${authWeb}/sign-in`)).text();
      const csrf = /name="_csrf" value="([^"]+)"/.exec(form)?.[1] ?? '';

      const posted = keep(
        await fetch(`${authWeb}/bff/auth/sign-in`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: authWeb, cookie: cookie() },
          body: new URLSearchParams({
            _csrf: csrf,
            email: 'customer@astrobookings.test',
            password: DEMO_PASSWORD,
            returnTo,
          }),
        }),
      );
      const signedIn = await fetch(`${authWeb}/sign-in?returnTo=${encodeURIComponent(returnTo)}`, {
        redirect: 'manual',
        headers: { cookie: cookie() },
      });

      expect([posted.status, posted.headers.get('location')]).toEqual([303, '/account']);
      expect([signedIn.status, signedIn.headers.get('location')]).toEqual([303, '/account']);
    },
  );
});
