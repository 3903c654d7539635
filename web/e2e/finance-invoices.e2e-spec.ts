import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tools/test/browser.mjs';
import { apiAccessToken, DEMO_PASSWORD, envUrl, journey, type User } from './e2e-support.js';

async function signIn(user: User, url: string, email: string): Promise<void> {
  const { page } = user;
  await page.goto(url);
  await page.waitForURL(`${envUrl('AUTH_WEB_URL')}/sign-in?**`);
  await user.fill(page.getByLabel('Email'), email);
  await user.fill(page.getByLabel('Password'), DEMO_PASSWORD);
  await user.activate(page.getByRole('button', { name: 'Sign in' }));
  await page.waitForURL(url);
}

/** Follows the PDF link and returns the file's name and bytes. */
async function downloadPdf(user: User): Promise<{ name: string; bytes: Buffer }> {
  const { page } = user;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    user.activate(page.getByRole('link', { name: 'Download PDF' })),
  ]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

const statusOf = (page: Page) =>
  page.getByRole('heading', { level: 1 }).locator('xpath=following-sibling::p[1]');

/** An invoice of another supplier than the demo one, issued through the Admin API as finance. */
async function otherSuppliersInvoice(): Promise<string> {
  const token = await apiAccessToken('finance@astrobookings.test');
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const suppliers = (await (await fetch(`${envUrl('ADMIN_API_URL')}/suppliers`, { headers })).json()) as {
    items: Array<{ id: string; name: string }>;
  };
  const selene = suppliers.items.find((supplier) => supplier.name === 'Selene Transit')!;
  const response = await fetch(`${envUrl('ADMIN_API_URL')}/invoices`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      supplierId: selene.id,
      description: 'Not for Orbital',
      amountMinor: 999,
      currency: 'USD',
    }),
  });
  return ((await response.json()) as { id: string }).id;
}

describe('invoices in the finance portal', () => {
  journey(
    'finance issues an invoice, finds it by supplier and number, downloads its PDF, and records a partial then a full payment',
    async (user) => {
      const { page } = user;
      const financialWeb = envUrl('FINANCIAL_WEB_URL');
      const description = `Hangar rental ${Date.now().toString(36)}${user.mode[0]}`;
      await signIn(user, `${financialWeb}/`, 'finance@astrobookings.test');

      await user.activate(
        page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invoices' }),
      );
      await page.waitForURL(`${financialWeb}/invoices`);
      const issue = page.getByRole('region', { name: 'Issue an invoice' });
      await user.select(issue.getByLabel('Supplier'), 'Red Dune Aerospace');
      await user.fill(issue.getByLabel('Description'), description);
      await user.fill(issue.getByLabel('Amount', { exact: false }), '1250.00');
      await user.activate(issue.getByRole('button', { name: 'Issue invoice' }));
      await page.waitForURL(/\/invoices\/[\w-]+\?notice=invoice-issued$/);
      const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
      const number = /AB-\d{4}-\d{6}/.exec(heading)![0];

      await user.activate(page.getByRole('link', { name: '← All invoices' }));
      await page.waitForURL(`${financialWeb}/invoices`);
      const filters = page.getByRole('form', { name: 'Filter invoices' });
      await user.select(filters.getByLabel('Supplier'), 'Red Dune Aerospace');
      await user.fill(filters.getByLabel('Invoice number'), number.slice(-6));
      await user.activate(filters.getByRole('button', { name: 'Apply' }));
      await page.waitForURL(/\/invoices\?supplierId=[\w-]+&status=&from=&to=&q=\d{6}$/);
      const rows = page.getByRole('table').getByRole('row');
      await expect(rows.count()).resolves.toBe(2);
      await expect(rows.nth(1).textContent()).resolves.toContain('$1,250.00');
      await user.activate(page.getByRole('link', { name: number }));
      await page.waitForURL(/\/invoices\/[\w-]+$/);

      const pdf = await downloadPdf(user);
      expect(pdf.name).toBe(`${number}.pdf`);
      expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.bytes.toString('latin1')).toContain(number);

      const pay = page.getByRole('form', { name: 'Record a payment' });
      await user.fill(pay.getByLabel('Amount (USD)'), '2000');
      await user.fill(pay.getByLabel('Reference'), 'TOO-MUCH');
      await user.activate(pay.getByRole('button', { name: 'Record payment' }));
      // The refusal comes back on the page after the post's redirect, at the amount field.
      await page.getByText('This is more than the balance still owed.').first().waitFor();
      await expect(statusOf(page).textContent()).resolves.toContain('issued');

      await user.fill(pay.getByLabel('Amount (USD)'), '500');
      await user.fill(pay.getByLabel('Reference'), 'WIRE-500');
      await user.activate(pay.getByRole('button', { name: 'Record payment' }));
      await page.waitForURL(/notice=payment-recorded$/);
      await expect(statusOf(page).textContent()).resolves.toContain('partially paid');
      await expect(page.getByTestId('balance').textContent()).resolves.toBe('$750.00');

      await user.fill(pay.getByLabel('Amount (USD)'), '750.00');
      await user.fill(pay.getByLabel('Reference'), 'WIRE-750');
      await user.activate(pay.getByRole('button', { name: 'Record payment' }));
      await page.waitForURL(/notice=payment-paid$/);
      await expect(statusOf(page).textContent()).resolves.toContain('paid');
      await expect(page.getByTestId('balance').textContent()).resolves.toBe('$0.00');
      await expect(page.getByRole('form', { name: 'Record a payment' }).count()).resolves.toBe(0);
      await expect(page.getByRole('row', { name: /WIRE-500/ }).count()).resolves.toBe(1);
    },
  );
});

describe('invoices in the finance portal without JavaScript', () => {
  it('refuses an over-payment at its field and records a payment, with plain form posts', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
      context.setDefaultTimeout(20_000);
      const page = await context.newPage();
      const financialWeb = envUrl('FINANCIAL_WEB_URL');
      await page.goto(`${financialWeb}/invoices`);
      await page.waitForURL(`${envUrl('AUTH_WEB_URL')}/sign-in?**`);
      await page.getByLabel('Email').fill('finance@astrobookings.test');
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${financialWeb}/invoices`);
      const issue = page.getByRole('region', { name: 'Issue an invoice' });
      await issue.getByLabel('Supplier').selectOption({ label: 'Selene Transit' });
      await issue.getByLabel('Description').fill(`Docking fee ${Date.now().toString(36)}`);
      await issue.getByLabel('Amount', { exact: false }).fill('99.99');
      await issue.getByRole('button', { name: 'Issue invoice' }).click();
      await page.waitForURL(/\/invoices\/[\w-]+\?notice=invoice-issued$/);
      const detail = page.url().replace(/\?.*$/, '');

      const pay = page.getByRole('form', { name: 'Record a payment' });
      await pay.getByLabel('Amount (USD)').fill('100');
      await pay.getByLabel('Reference').fill('NO-JS-1');
      await pay.getByRole('button', { name: 'Record payment' }).click();
      await page.waitForURL(detail);
      await expect(
        page.getByText('This is more than the balance still owed.').count(),
      ).resolves.toBeGreaterThan(0);
      await expect(pay.getByLabel('Reference').inputValue()).resolves.toBe('NO-JS-1');

      await pay.getByLabel('Amount (USD)').fill('99.99');
      await pay.getByRole('button', { name: 'Record payment' }).click();
      await page.waitForURL(`${detail}?notice=payment-paid`);
      await expect(page.getByTestId('balance').textContent()).resolves.toBe('$0.00');
    } finally {
      await browser.close();
    }
  });
});

describe('invoices in the supplier portal', () => {
  journey('a supplier downloads its own invoice and gets 404 for another supplier’s', async (user) => {
    const { page } = user;
    const supplierWeb = envUrl('SUPPLIER_WEB_URL');
    const foreign = await otherSuppliersInvoice();
    await signIn(user, `${supplierWeb}/`, 'supplier@astrobookings.test');
    await user.activate(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invoices' }),
    );
    await page.waitForURL(`${supplierWeb}/invoices`);
    const own = page.getByRole('table').getByRole('link', { name: /^AB-/ }).first();
    const number = (await own.textContent())!.trim();
    await user.activate(own);
    await page.waitForURL(/\/invoices\/[\w-]+$/);
    const pdf = await downloadPdf(user);
    expect(pdf.name).toBe(`${number}.pdf`);
    expect(pdf.bytes.toString('latin1')).toContain(number);

    const response = await page.goto(`${supplierWeb}/invoices/${foreign}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Invoice unavailable');
    const download = await page.request.get(`${supplierWeb}/bff/invoices/${foreign}/pdf`);
    expect(download.status()).toBe(404);
  });

  it('serves the PDF as a private attachment that is never cached', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const supplierWeb = envUrl('SUPPLIER_WEB_URL');
      await page.goto(supplierWeb);
      await page.waitForURL(`${envUrl('AUTH_WEB_URL')}/sign-in?**`);
      await page.getByLabel('Email').fill('supplier@astrobookings.test');
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${supplierWeb}/`);
      await page.goto(`${supplierWeb}/invoices`);
      const href = await page
        .getByRole('table')
        .getByRole('link', { name: /^AB-/ })
        .first()
        .getAttribute('href');
      const response = await page.request.get(`${supplierWeb}/bff${href!.replace(/^\.?\/?/, '/')}/pdf`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      expect(response.headers()['cache-control']).toBe('private, no-store');
      expect(response.headers()['content-disposition']).toMatch(
        /^attachment; filename="AB-\d{4}-\d{6}\.pdf"$/,
      );
    } finally {
      await browser.close();
    }
  });
});
