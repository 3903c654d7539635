import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tools/test/browser.mjs';
import { DEMO_PASSWORD, envUrl } from './e2e-support.js';

async function signIn(page: Page, url: string, email: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(url);
}

describe('finance reports and the supplier bookings report in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    context.setDefaultTimeout(20_000);
    return context.newPage();
  }

  it('shows the annual chart in the server-rendered HTML, gives tooltips after hydration and exports revenue as CSV', async () => {
    const financialWeb = envUrl('FINANCIAL_WEB_URL');
    const page = await newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await signIn(page, `${financialWeb}/reports`, 'finance@astrobookings.test');

    const html = await (await page.request.get(`${financialWeb}/reports`)).text();
    expect(html).toMatch(/<ab-chart[^>]*>[\s\S]*?<div[^>]*class="static"[^>]*><svg /);

    await page.locator('ab-chart .live.on svg').first().waitFor();
    const frame = page.locator('ab-chart [role="img"]').first();
    await expect(frame.getAttribute('aria-label')).resolves.toContain('actual fees per month');
    const box = (await frame.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(
      page.locator('ab-chart .live div').filter({ hasText: 'Pending, seats sold' }).first().isVisible(),
    ).resolves.toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the revenue report (CSV)' }).click(),
    ]);
    const csv = (await readFile(await download.path(), 'utf8')).trimEnd().split('\r\n');
    expect(csv[0]).toBe(
      'period,supplier,currency,launches_flown,launches_aborted,gross_revenue,refunds,net_revenue,fees_invoiced,fees_paid,outstanding,reliable',
    );
    expect(csv.some((line) => /^total,,[A-Z]{3},\d+,\d+,\d+\.\d{2},/.test(line))).toBe(true);
    expect(errors.filter((text) => /hydrat|NG0/i.test(text))).toEqual([]);

    await page.goto(`${financialWeb}/`);
    await page.goto(`${financialWeb}/suppliers`);
    await expect(page.getByRole('columnheader', { name: 'Reliability' }).isVisible()).resolves.toBe(true);
  });

  it('lets a supplier download the bookings report of its successful launch as CSV', async () => {
    const supplierWeb = envUrl('SUPPLIER_WEB_URL');
    const page = await newPage();
    await signIn(page, `${supplierWeb}/?status=successful`, 'supplier@astrobookings.test');
    await page.locator('main a[href^="/launches/"]').filter({ hasText: 'Pathfinder Crew 7' }).first().click();
    await page.getByRole('link', { name: 'Bookings report' }).click();
    await page.waitForURL(/\/bookings-report$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Pathfinder Crew 7',
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bookings-report-.+\.csv$/);
    const csv = (await readFile(await download.path(), 'utf8')).trimEnd().split('\r\n');
    expect(csv[0]).toBe('booking_id,customer_email,lead_passenger,status,seats,currency,revenue,refunds,net');
    // The seeded flight's bookings were inserted without payment records, so it may list none; any that it
    // lists end with a total per currency.
    const lines = csv.slice(1);
    if (lines.length > 0)
      expect(lines.at(-1)).toMatch(/^total,,,,\d+,[A-Z]{3},\d+\.\d{2},\d+\.\d{2},\d+\.\d{2}$/);
  });
});
