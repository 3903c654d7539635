import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/test/browser.mjs';
import {
  axeViolations,
  envUrl,
  linkFromMail,
  NEW_PASSWORD,
  uniqueEmail,
  watchForTokens,
} from './e2e-support.js';

describe('a customer signs up, verifies their email, signs in from the customer app and signs out', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('goes through the whole journey with real pages, the real BFFs and the real Auth API', async () => {
    const customerWeb = envUrl('CUSTOMER_WEB_URL');
    const authWeb = envUrl('AUTH_WEB_URL');
    const email = uniqueEmail('ada');
    const context = await browser.newContext();
    const tokens = watchForTokens(context);
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();

    // Anonymous on the customer app: a sign-in link, which leads to the Auth app with the way back.
    await page.goto(customerWeb);
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL(`${authWeb}/sign-in?**`);
    expect(new URL(page.url()).searchParams.get('app')).toBe('customer');

    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL(`${authWeb}/sign-up?**`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Full name').fill('Ada Lovelace');
    await page.getByLabel('Tax ID').fill('ES12345678Z');
    await page.getByLabel('Password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(`${authWeb}/check-email?**`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Check your email');

    // The verification link from the mail the Notification service sent.
    await page.goto(await linkFromMail(email, '/verify-email'));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Confirm my email address' }).click();
    await page.waitForURL(`${authWeb}/sign-in?**`);
    await expect(page.getByRole('status').textContent()).resolves.toContain('confirmed');

    // Signs in from the customer app and lands back there, signed in.
    await page.goto(customerWeb);
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL(`${authWeb}/sign-in?**`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${customerWeb}/`);
    await expect(page.getByText('Signed in as').textContent()).resolves.toContain('Ada Lovelace');
    await expect(page.evaluate(async () => (await fetch('/bff/session')).json())).resolves.toEqual({
      user: { name: 'Ada Lovelace', email, roles: ['customer'] },
    });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${customerWeb}/`);
    await expect(page.getByRole('link', { name: 'Sign in' }).isVisible()).resolves.toBe(true);
    await expect(page.evaluate(async () => (await fetch('/bff/session')).json())).resolves.toEqual({
      user: null,
    });

    // Signing out ended the single sign-on session too: signing in again asks for the password.
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL(`${authWeb}/sign-in?**`);
    await expect(page.getByLabel('Password').isVisible()).resolves.toBe(true);
    await expect(page.getByText('You are signed in as').count()).resolves.toBe(0);

    expect(await tokens.leaks()).toEqual([]);
    await context.close();
  });
});
