import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/test/browser.mjs';
import { axeViolations, DEMO_PASSWORD, envUrl } from './e2e-support.js';

const CUSTOMER = 'customer@astrobookings.test';

/** A bookable launch with a seat left, straight from the Customer API. */
async function launchWithASeat(): Promise<{ id: string; missionName: string }> {
  const response = await fetch(`${envUrl('CUSTOMER_API_URL')}/launches?limit=100`);
  const { items } = (await response.json()) as {
    items: Array<{ id: string; missionName: string; seatsAvailable: number; status: string }>;
  };
  const launch = items.find((item) => item.seatsAvailable >= 1 && item.status !== 'aborted');
  if (!launch) throw new Error('no launch has a seat left');
  return launch;
}

describe("a customer's receipts", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists the receipt of a paid booking on its page and downloads it as a PDF naming its number', async () => {
    const web = envUrl('CUSTOMER_WEB_URL');
    const launch = await launchWithASeat();
    const context = await browser.newContext({ acceptDownloads: true });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await page.goto(`${web}/launches/${launch.id}/book`);
    await page.waitForURL(`${envUrl('AUTH_WEB_URL')}/sign-in?**`);
    await page.getByLabel('Email').fill(CUSTOMER);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${web}/launches/${launch.id}/book`);

    await page.getByRole('button', { name: 'Hold my seats' }).click();
    await page.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
    const bookingId = new URL(page.url()).pathname.split('/').pop()!;
    await expect(
      page.getByRole('region', { name: 'Receipts' }).getByText('Your receipt appears here').isVisible(),
    ).resolves.toBe(true);
    await page.getByLabel('Passenger 1 full name').fill('Mae Jemison');
    await page.getByRole('button', { name: 'Save passengers' }).click();
    await page.waitForURL(/\?notice=passengers-saved$/);
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.waitForURL(`${envUrl('CORE_API_URL')}/payments/simulated/**`);
    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.waitForURL(`${web}/bookings/${bookingId}?paid=1`);

    const receipts = page.getByRole('region', { name: 'Receipts' });
    const row = receipts.getByRole('row', { name: /RC-\d{4}-\d{6}/ });
    await row.waitFor();
    const number = (await row.getByRole('rowheader').textContent())?.trim() ?? '';
    expect(number).toMatch(/^RC-\d{4}-\d{6}$/);
    await expect(row.textContent()).resolves.toContain('Payment');
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: `Download PDF of receipt ${number}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${number}.pdf`);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain(number);

    const href = await row.getByRole('link').getAttribute('href');
    const response = await context.request.get(new URL(href!, web).toString());
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['cache-control']).toBe('private, no-store');
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="${number}.pdf"`);

    // Let the seat go for the other journeys.
    await page.goto(`${web}/bookings/${bookingId}?cancel=1`);
    await page.getByRole('button', { name: 'Yes, cancel my booking' }).click();
    await page.waitForURL(`${web}/bookings/${bookingId}?notice=cancelled`);
    await context.close();
  });
});
