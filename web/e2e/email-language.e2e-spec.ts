import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/test/browser.mjs';
import { axeViolations, envUrl, linkFromMail, NEW_PASSWORD, tokenOf, uniqueEmail } from './e2e-support.js';

/** An active account made through the Auth API, as set-up: the journey under test starts signed out. */
async function verifiedAccount(email: string): Promise<void> {
  const authApi = envUrl('AUTH_API_URL');
  const post = (path: string, body: object) =>
    fetch(`${authApi}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  await post('/auth/register', {
    email,
    fullName: 'Ramona Vega',
    taxId: 'ES12345678Z',
    password: NEW_PASSWORD,
  });
  const token = tokenOf(await linkFromMail(email, '/verify-email'));
  const verified = await post('/auth/verify-email', { token });
  if (verified.status !== 204) throw new Error(`verify-email answered ${verified.status}`);
}

describe('the email language of an account', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is chosen on the account page, and the next email arrives in Spanish with Spanish links', async () => {
    const authWeb = envUrl('AUTH_WEB_URL');
    const email = uniqueEmail('ramona');
    await verifiedAccount(email);
    const context = await browser.newContext();
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();

    await page.goto(`${authWeb}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${authWeb}/account`);

    const language = page.getByLabel('Language of your emails');
    await expect(language.inputValue()).resolves.toBe('en');
    await language.selectOption('es');
    await page.getByRole('button', { name: 'Save language' }).click();
    await page.waitForURL(`${authWeb}/account?notice=language-saved`);
    await expect(page.getByRole('status').textContent()).resolves.toContain('email language was saved');
    await expect(page.getByLabel('Language of your emails').inputValue()).resolves.toBe('es');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${authWeb}/forgot-password`);
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.waitForURL(`${authWeb}/check-email?**`);
    const resetLink = await linkFromMail(email, '/reset-password');
    expect(resetLink.startsWith(`${authWeb}/es/reset-password#token=`)).toBe(true);
    const mails = (await (await fetch(`${envUrl('MAIL_WEB_URL')}/api/email`)).json()) as Array<{
      subject: string;
      to: { address: string }[];
    }>;
    const subjects = mails
      .filter((mail) => mail.to.some((to) => to.address === email))
      .map((mail) => mail.subject);
    expect(subjects).toContain('Restablece tu contraseña de AstroBookings');
    await context.close();
  });

  it('signs up in the language of the form, so the verification email is in Spanish', async () => {
    const authWeb = envUrl('AUTH_WEB_URL');
    const email = uniqueEmail('nuria');
    const context = await browser.newContext();
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();

    await page.goto(`${authWeb}/es/sign-up`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="fullName"]').fill('Nuria Sol');
    await page.locator('input[name="taxId"]').fill('ES12345678Z');
    await page.locator('input[name="password"]').fill(NEW_PASSWORD);
    const form = page.locator('form:has(input[name="taxId"])');
    await expect(form.locator('input[name="_locale"]').inputValue()).resolves.toBe('es');
    await form.locator('button[type="submit"]').click();
    await page.waitForURL(`${authWeb}/es/check-email?**`);

    const verifyLink = await linkFromMail(email, '/verify-email');
    expect(verifyLink.startsWith(`${authWeb}/es/verify-email#token=`)).toBe(true);
    await context.close();
  });
});
