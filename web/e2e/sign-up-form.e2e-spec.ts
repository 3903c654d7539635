import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../tools/test/browser.mjs';
import { axeViolations, envUrl, uniqueEmail } from './e2e-support.js';

/** A password long enough for the browser's check but without the upper case the Auth API requires. */
const WEAK_PASSWORD = 'lower-case-only-2026';

async function refusedSignUp(page: Page, email: string): Promise<void> {
  await page.goto(`${envUrl('AUTH_WEB_URL')}/sign-up`, { waitUntil: 'networkidle' });
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Full name', { exact: true }).fill('Ada Lovelace');
  await page.getByLabel('Tax ID', { exact: true }).fill('ES12345678Z');
  await page.getByLabel('Password', { exact: true }).fill(WEAK_PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(`${envUrl('AUTH_WEB_URL')}/sign-up`);
}

describe('a refused sign-up', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`keeps what was typed but never the password (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context: BrowserContext = await browser.newContext({ javaScriptEnabled });
      context.setDefaultTimeout(20_000);
      try {
        const page = await context.newPage();
        const email = uniqueEmail('refused');
        await refusedSignUp(page, email);

        await expect(page.getByRole('alert').locator('strong').textContent()).resolves.toBe(
          '1 field needs attention',
        );
        const password = page.getByLabel('Password', { exact: true });
        await expect(password.inputValue()).resolves.toBe('');
        await expect(password.getAttribute('aria-invalid')).resolves.toBe('true');
        await expect(page.locator('#password-error').textContent()).resolves.toBe(
          'Choose a password that meets every rule listed.',
        );
        await expect(password.getAttribute('aria-describedby')).resolves.toContain('password-error');
        await expect(page.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(email);
        await expect(page.getByLabel('Full name', { exact: true }).inputValue()).resolves.toBe(
          'Ada Lovelace',
        );
        await expect(page.getByLabel('Tax ID', { exact: true }).inputValue()).resolves.toBe('ES12345678Z');
        expect(await page.content()).not.toContain(WEAK_PASSWORD);
        if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('comes back in Spanish, on the Spanish page, when the form was read in Spanish', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    context.setDefaultTimeout(20_000);
    try {
      const page = await context.newPage();
      const email = uniqueEmail('rechazo');
      await page.goto(`${envUrl('AUTH_WEB_URL')}/es/sign-up`);
      await page.locator('input[name="email"]').fill(email);
      await page.locator('input[name="fullName"]').fill('Ada Lovelace');
      await page.locator('input[name="taxId"]').fill('ES12345678Z');
      await page.locator('input[name="password"]').fill(WEAK_PASSWORD);
      await page.locator('form[action="/bff/auth/sign-up"] button[type="submit"]').click();
      await page.waitForURL(`${envUrl('AUTH_WEB_URL')}/es/sign-up`);

      await expect(page.getByRole('alert').locator('strong').textContent()).resolves.toBe(
        '1 campo necesita tu atención',
      );
      await expect(page.locator('#password-error').textContent()).resolves.toBe(
        'Elige una contraseña que cumpla todas las reglas de la lista.',
      );
      await expect(page.locator('input[name="email"]').inputValue()).resolves.toBe(email);
    } finally {
      await context.close();
    }
  });
});
