import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tools/test/browser.mjs';
import { envUrl, linkFromMail, NEW_PASSWORD, tokenOf, uniqueEmail } from './e2e-support.js';

/** A verified customer made through the Auth API, as set-up: the journey starts at the sign-in page. */
async function verifiedCustomer(email: string): Promise<void> {
  const authApi = envUrl('AUTH_API_URL');
  const post = (path: string, body: object) =>
    fetch(`${authApi}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  await post('/auth/register', {
    email,
    fullName: 'Iris Campos',
    taxId: 'ES12345678Z',
    password: NEW_PASSWORD,
  });
  const verified = await post('/auth/verify-email', {
    token: tokenOf(await linkFromMail(email, '/verify-email')),
  });
  if (verified.status !== 204) throw new Error(`verify-email answered ${verified.status}`);
}

async function signIn(page: Page, email: string): Promise<void> {
  const authWeb = envUrl('AUTH_WEB_URL');
  await page.goto(`${authWeb}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${authWeb}/account`);
}

describe("a customer's billing details", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('are refused when the tax id is outside its country format, keeping every typed value, without JavaScript', async () => {
    const authWeb = envUrl('AUTH_WEB_URL');
    const email = uniqueEmail('iris');
    await verifiedCustomer(email);
    const context = await browser.newContext({ javaScriptEnabled: false });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await signIn(page, email);

    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Billing details' }) });
    await expect(form.getByLabel('Full name').inputValue()).resolves.toBe('Iris Campos');
    await expect(form.getByLabel('Tax ID').inputValue()).resolves.toBe('ES12345678Z');
    await form.getByLabel('Tax ID').fill('DE12345678');
    await form.getByLabel('Address', { exact: true }).fill('Calle Mayor 1');
    await form.getByLabel('Postal code').fill('28013');
    await form.getByLabel('City').fill('Madrid');
    await form.getByLabel('Country').fill('es');
    await form.getByRole('button', { name: 'Save billing details' }).click();
    await page.waitForURL(`${authWeb}/account`);
    await expect(form.getByLabel('Tax ID').inputValue()).resolves.toBe('DE12345678');
    await expect(form.getByLabel('City').inputValue()).resolves.toBe('Madrid');
    await context.close();
  });
});
