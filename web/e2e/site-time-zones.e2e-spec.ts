import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tools/test/browser.mjs';
import { axeViolations, DEMO_PASSWORD, envUrl, journey, launchTimeText } from './e2e-support.js';

/** How the apps write a launch time (the shared `ab-launch-time`), worked out here with Intl on its own. */
function written(instant: Date, timeZone: string): string {
  return launchTimeText(instant, timeZone, 'en-US');
}

/** Reads each hydration or runtime error a page reports, so a mismatch between server and browser fails. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || /NG0\d+/.test(message.text())) errors.push(message.text());
  });
  return errors;
}

describe('a launch at a site in another time zone', () => {
  let browser: Browser;
  const supplierWeb = () => envUrl('SUPPLIER_WEB_URL');
  const customerWeb = () => envUrl('CUSTOMER_WEB_URL');
  // Each run of the supplier's journey schedules its own launch; the customer then reads the last one.
  let missionName = '';
  // Ten in the morning in Tokyo, which keeps UTC+9 all year: 01:00 UTC, and 03:00 in Madrid in May (CEST).
  const year = new Date().getUTCFullYear() + 2;
  const siteWallTime = `${year}-05-12T10:00`;
  const instant = new Date(`${year}-05-12T01:00:00Z`);
  let launchId = '';

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  journey(
    'is scheduled by a supplier in the site time, and shown in it on the detail and edit pages',
    async (user) => {
      const { page } = user;
      const errors = collectErrors(page);
      missionName = `Tanegashima Dawn ${Date.now().toString(36)}${user.mode[0]}`;
      await page.goto(supplierWeb());
      await page.waitForURL(`${envUrl('AUTH_WEB_URL')}/sign-in?**`);
      await user.fill(page.getByLabel('Email'), 'supplier@astrobookings.test');
      await user.fill(page.getByLabel('Password'), DEMO_PASSWORD);
      await user.activate(page.getByRole('button', { name: 'Sign in' }));
      await page.waitForURL(`${supplierWeb()}/`);

      await page.goto(`${supplierWeb()}/launches/new`, { waitUntil: 'networkidle' });
      const rocket = page.getByRole('option', { name: /Horizon Heavy/ });
      await user.select(
        page.getByLabel('Rocket', { exact: true }),
        (await rocket.getAttribute('value')) ?? '',
      );
      await user.fill(page.getByLabel('Mission name', { exact: true }), missionName);
      await user.fill(page.getByLabel('Description', { exact: true }), 'A lunar flight from southern Japan.');
      await user.fill(page.getByLabel('Launch site', { exact: true }), 'Tanegashima Space Center');
      await user.select(page.getByLabel('Launch site time zone'), 'Asia/Tokyo');
      await user.fill(page.getByLabel('Destination', { exact: true }), 'Lunar Gateway');
      await user.fill(page.getByLabel('Date and time at the launch site'), siteWallTime);
      await user.fill(page.getByLabel('Price per seat', { exact: true }), '1200000');
      await user.fill(page.getByLabel('Minimum occupancy', { exact: true }), '2');
      expect(await axeViolations(page)).toEqual([]);
      await user.activate(page.getByRole('button', { name: 'Schedule launch' }));

      await page.waitForURL(/\/launches\/[0-9a-f-]{36}\?notice=created$/, { waitUntil: 'networkidle' });
      launchId = page.url().replace(/\?.*$/, '').split('/').pop()!;
      const siteTime = written(instant, 'Asia/Tokyo');
      expect(siteTime).toContain('10:00 GMT+9');
      const header = page.locator('.status-line ab-launch-time');
      await expect(header.locator('.site time').textContent()).resolves.toBe(siteTime);
      await expect(header.locator('.site time').getAttribute('datetime')).resolves.toBe(
        instant.toISOString(),
      );
      await expect(header.textContent()).resolves.toContain('launch site time (Tokyo)');
      await expect(page.getByText('(Asia/Tokyo)').count()).resolves.toBe(1);
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`${supplierWeb()}/launches/${launchId}/edit`, { waitUntil: 'networkidle' });
      await expect(page.getByLabel('Launch site time zone').inputValue()).resolves.toBe('Asia/Tokyo');
      await expect(page.getByLabel('Date and time at the launch site').inputValue()).resolves.toBe(
        siteWallTime,
      );

      // Saving the form untouched keeps the instant: the wall time is read back in the same zone.
      await user.activate(page.getByRole('button', { name: 'Save launch' }));
      await page.waitForURL(new RegExp(`/launches/${launchId}\\?notice=launch-saved$`), {
        waitUntil: 'networkidle',
      });
      await expect(page.locator('.status-line ab-launch-time .site time').textContent()).resolves.toBe(
        siteTime,
      );
      expect(errors).toEqual([]);
    },
    // The supplier's own browser is in yet another zone: what they type and read follows the site, not them.
    { timezoneId: 'America/Los_Angeles' },
  );

  it('shows customers in Madrid the Tokyo site time and their own, for the same instant', async () => {
    const siteTime = written(instant, 'Asia/Tokyo');
    const madridTime = written(instant, 'Europe/Madrid');
    const utcTime = written(instant, 'UTC');
    expect(madridTime).toContain('03:00');

    // Server-rendered and cached for everyone: the site time and UTC, never a guess at the visitor's zone.
    const html = await (await fetch(`${customerWeb()}/launches/${launchId}`)).text();
    expect(html).toContain(siteTime);
    expect(html).toContain(utcTime);
    expect(html).not.toContain(madridTime);

    const context = await browser.newContext({ timezoneId: 'Europe/Madrid' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${customerWeb()}/launches/${launchId}`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelectorAll('[ngh]').length === 0);
    const when = page.locator('ab-launch-time').first();
    await expect(when.locator('.site time').textContent()).resolves.toBe(siteTime);
    await expect(when.textContent()).resolves.toContain('launch site time (Tokyo)');
    await page.getByText('Your time:').waitFor();
    await expect(when.locator('.viewer time').textContent()).resolves.toBe(`${madridTime} (Madrid)`);
    await expect(when.locator('.viewer time').getAttribute('datetime')).resolves.toBe(instant.toISOString());
    expect(await axeViolations(page)).toEqual([]);

    // The catalog list writes the same two times on the launch's card.
    await page.goto(`${customerWeb()}/launches?destination=Lunar%20Gateway&from=${year}-05-01`, {
      waitUntil: 'networkidle',
    });
    const card = page.locator('article', { has: page.getByRole('heading', { name: missionName }) });
    await card.getByText('Your time:').waitFor();
    await expect(card.locator('.site time').textContent()).resolves.toBe(siteTime);
    await expect(card.locator('.viewer time').textContent()).resolves.toBe(`${madridTime} (Madrid)`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
