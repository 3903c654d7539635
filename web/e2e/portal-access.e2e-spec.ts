import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../tools/test/browser.mjs';
import { DEMO_PASSWORD, envUrl, watchForTokens } from './e2e-support.js';

describe('role portals', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let tokens: ReturnType<typeof watchForTokens>;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext();
    tokens = watchForTokens(context);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sends an anonymous visitor of the operations app to sign in, then refuses a customer with a clear 403 page', async () => {
    const operationsWeb = envUrl('OPERATIONS_WEB_URL');

    await page.goto(operationsWeb);
    await page.waitForURL(`${envUrl('AUTH_WEB_URL')}/sign-in?**`);
    expect(new URL(page.url()).searchParams.get('app')).toBe('operations');
    await page.getByLabel('Email').fill('customer@astrobookings.test');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${operationsWeb}/`);

    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      "You don't have access to the Operations portal",
    );
    await expect(page.getByRole('link', { name: 'Sign in as someone else' }).isVisible()).resolves.toBe(true);
    const reload = await page.reload();
    expect(reload?.status()).toBe(403);
    await expect(page.evaluate(async () => (await fetch('/bff/status')).status)).resolves.toBe(403);
  });

  it('rejects a sign-out POST without the CSRF token with 403, and accepts it with the token', async () => {
    const without = await page.evaluate(async () => {
      const response = await fetch('/bff/auth/sign-out', { method: 'POST' });
      return { status: response.status, type: response.headers.get('content-type') };
    });
    expect(without.status).toBe(403);
    expect(without.type).toMatch(/^application\/problem\+json/);
    await expect(page.evaluate(async () => (await fetch('/bff/session')).json())).resolves.toMatchObject({
      user: { email: 'customer@astrobookings.test' },
    });

    const withToken = await page.evaluate(async () => {
      const token = /__Host-astro-operations-csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const response = await fetch('/bff/auth/sign-out', {
        method: 'POST',
        headers: { 'x-csrf-token': token },
        redirect: 'manual',
      });
      return response.type === 'opaqueredirect' ? 303 : response.status;
    });
    expect(withToken).toBe(303);
    await expect(page.evaluate(async () => (await fetch('/bff/session')).json())).resolves.toEqual({
      user: null,
    });
  });

  it('never let an access or refresh token reach the browser', async () => {
    expect(await tokens.leaks()).toEqual([]);
  });
});
