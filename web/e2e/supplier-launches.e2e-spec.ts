import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../tools/test/browser.mjs';
import { axeViolations, DEMO_PASSWORD, envUrl, watchForTokens } from './e2e-support.js';

/** A `datetime-local` value `days` from now, in a site that keeps UTC all year. */
function utcInputValue(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);
}

/** Waits until the public launch page renders the mission: the catalog is updated when a launch is published. */
async function publicPageShows(page: Page, url: string, text: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await page.goto(url);
    if (
      response?.status() === 200 &&
      (await page.getByRole('heading', { level: 1 }).textContent()) === text
    ) {
      return;
    }
    if (Date.now() > deadline) throw new Error(`${url} did not show ${text} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('a supplier managing launches', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let tokens: ReturnType<typeof watchForTokens>;
  const supplierWeb = () => envUrl('SUPPLIER_WEB_URL');
  const suffix = `${Date.now().toString(36)}`;
  const rocketName = `Kestrel ${suffix}`;
  const missionName = `Perigee Dawn ${suffix}`;
  const renamedMission = `Perigee Dusk ${suffix}`;
  let launchUrl = '';

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    tokens = watchForTokens(context);
    page = await context.newPage();

    await page.goto(supplierWeb());
    await page.waitForURL(`${envUrl('AUTH_WEB_URL')}/sign-in?**`);
    await page.getByLabel('Email').fill('supplier@astrobookings.test');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${supplierWeb()}/`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('adds a rocket to the fleet', async () => {
    await page.goto(`${supplierWeb()}/rockets`);
    await page.getByLabel('Name', { exact: true }).fill(rocketName);
    await page.getByLabel('Seats', { exact: true }).fill('6');
    await page.getByLabel('Range', { exact: true }).selectOption({ label: 'LEO' });
    await page.getByRole('button', { name: 'Add rocket' }).click();

    await page.waitForURL(`${supplierWeb()}/rockets?notice=rocket-added`);
    const row = page.getByRole('row', { name: new RegExp(rocketName) });
    await expect(row.getByRole('cell', { name: 'LEO' }).count()).resolves.toBe(1);
    await expect(row.getByRole('button', { name: `Retire ${rocketName}` }).count()).resolves.toBe(1);
  });

  it('schedules a launch on it, sees it in the dashboard, and the public catalog shows it at once', async () => {
    await page.goto(`${supplierWeb()}/launches/new`);
    const rocket = page.getByRole('option', { name: new RegExp(rocketName) });
    await page.getByLabel('Rocket', { exact: true }).selectOption((await rocket.getAttribute('value')) ?? '');
    await page.getByLabel('Mission name', { exact: true }).fill(missionName);
    await page
      .getByLabel('Description', { exact: true })
      .fill('Three days in low Earth orbit with a sunrise every 90 minutes.');
    await page.getByLabel('Launch site', { exact: true }).fill('Kourou ELA-4');
    await page.getByLabel('Launch site time zone').selectOption('UTC');
    await page.getByLabel('Destination', { exact: true }).fill('Sun-synchronous orbit');
    await page.getByLabel('Date and time at the launch site').fill(utcInputValue(400));
    await page.getByLabel('Price per seat', { exact: true }).fill('180000');
    await page.getByLabel('Minimum occupancy', { exact: true }).fill('3');
    await page.getByRole('button', { name: 'Schedule launch' }).click();

    await page.waitForURL(/\/launches\/[0-9a-f-]{36}\?notice=created$/);
    launchUrl = page.url().replace(/\?.*$/, '');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(missionName);
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/published/);

    await page.goto(`${supplierWeb()}/?sort=occupancy`, { waitUntil: 'networkidle' });
    await expect(page.getByRole('link', { name: missionName }).count()).resolves.toBe(1);
    await expect(
      page
        .getByRole('img', { name: /Occupancy of upcoming launches/ })
        .locator('text', { hasText: missionName })
        .count(),
    ).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    const visitor = await browser.newPage();
    const id = launchUrl.split('/').pop()!;
    await publicPageShows(visitor, `${envUrl('CUSTOMER_WEB_URL')}/launches/${id}`, missionName);
    await visitor.close();
  });

  it('edits the launch, shows a refusal, and the detail and public pages show the new mission name', async () => {
    await page.goto(launchUrl);
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.waitForURL(`${launchUrl}/edit`, { waitUntil: 'networkidle' });
    await expect(page.getByLabel('Mission name', { exact: true }).inputValue()).resolves.toBe(missionName);
    await expect(page.getByLabel('Launch site', { exact: true }).inputValue()).resolves.toBe('Kourou ELA-4');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Seats offered', { exact: true }).fill('7');
    await page.getByRole('button', { name: 'Save launch' }).click();
    await page.waitForURL(`${launchUrl}/edit`);
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      "Seats offered: This is more than the rocket's seats.",
    );
    await expect(page.getByLabel('Seats offered', { exact: true }).inputValue()).resolves.toBe('7');
    await page.getByLabel('Seats offered', { exact: true }).fill('6');

    await page.getByLabel('Mission name', { exact: true }).fill(renamedMission);
    await page.getByRole('button', { name: 'Save launch' }).click();

    await page.waitForURL(`${launchUrl}?notice=launch-saved`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(renamedMission);
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/saved/);

    const visitor = await browser.newPage();
    const id = launchUrl.split('/').pop()!;
    await publicPageShows(visitor, `${envUrl('CUSTOMER_WEB_URL')}/launches/${id}`, renamedMission);
    await visitor.close();
  });

  it("edits the rocket's model", async () => {
    await page.goto(`${supplierWeb()}/rockets`);
    await page.getByRole('link', { name: `Edit ${rocketName}` }).click();
    await page.waitForURL(/\/rockets\/[0-9a-f-]{36}\/edit$/, { waitUntil: 'networkidle' });
    await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe(rocketName);
    await expect(page.getByLabel('Range', { exact: true }).inputValue()).resolves.toBe('orbital');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Model', { exact: false }).fill('K-2 Block B');
    await page.getByRole('button', { name: 'Save rocket' }).click();

    await page.waitForURL(`${supplierWeb()}/rockets?notice=rocket-saved`);
    const row = page.getByRole('row', { name: new RegExp(rocketName) });
    await expect(row.getByRole('rowheader').textContent()).resolves.toContain('K-2 Block B');
    await expect(row.getByRole('cell', { name: 'LEO' }).count()).resolves.toBe(1);
  });

  it('refuses a status change posted without the CSRF token', async () => {
    await page.goto(launchUrl);
    const status = await page.evaluate(
      async (action) => {
        const response = await fetch(action, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'to=confirmed',
          redirect: 'manual',
        });
        return response.status;
      },
      new URL(launchUrl).pathname.replace('/launches/', '/bff/launches/') + '/transitions',
    );
    expect(status).toBe(403);
    await page.reload();
    await expect(page.locator('#launch-title + p ab-status-badge').textContent()).resolves.toBe('scheduled');
  });

  it('confirms, then aborts with a reason, and reads who did what in the history', async () => {
    await page.goto(launchUrl, { waitUntil: 'networkidle' });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Confirm launch' }).click();
    await page.waitForURL(`${launchUrl}?notice=now-confirmed`);
    await expect(page.locator('#launch-title + p ab-status-badge').textContent()).resolves.toBe('confirmed');

    await page.getByLabel('Reason for aborting').fill('Range safety officer grounded the vehicle');
    await page.getByRole('button', { name: 'Abort launch' }).click();
    await page.waitForURL(`${launchUrl}?notice=now-aborted`);

    await expect(page.locator('#launch-title + p ab-status-badge').textContent()).resolves.toBe('aborted');
    const history = page.getByRole('region', { name: 'Status history' });
    await expect(history.locator('li').count()).resolves.toBe(3);
    await expect(history.textContent()).resolves.toContain('Range safety officer grounded the vehicle');
    await expect(history.textContent()).resolves.toContain('(you)');
    await expect(page.getByRole('button', { name: /Confirm launch|Abort launch/ }).count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    const csv = await page.request.get(
      `${supplierWeb()}${await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')}`,
    );
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="manifest-.+\.csv"$/);
  });

  it('edits the supplier profile', async () => {
    await page.goto(`${supplierWeb()}/profile`);
    const phone = '+34 612 345 678';
    await page.getByLabel('Contact phone', { exact: true }).fill(phone);
    await page.getByRole('button', { name: 'Save profile' }).click();

    await page.waitForURL(`${supplierWeb()}/profile?notice=profile-saved`);
    await expect(page.getByLabel('Contact phone', { exact: true }).inputValue()).resolves.toBe(phone);
  });

  it('never let an access or refresh token reach the browser', async () => {
    expect(await tokens.leaks()).toEqual([]);
  });
});
