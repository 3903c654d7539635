import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/test/browser.mjs';
import { apiAccessToken, axeViolations, DEMO_PASSWORD, envUrl } from './e2e-support.js';

const OPERATIONS = 'operations@astrobookings.test';

describe('the operations status page, left open', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a sync run started elsewhere by itself, without a reload and without moving focus', async () => {
    const operationsWeb = envUrl('OPERATIONS_WEB_URL');
    const context = await browser.newContext();
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await page.goto(operationsWeb);
    await page.waitForURL(`${envUrl('AUTH_WEB_URL')}/sign-in?**`);
    await page.getByLabel('Email').fill(OPERATIONS);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${operationsWeb}/`);
    await page.getByText('Refreshes every 10 seconds while this tab is open.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });
    await page.evaluate(() => Object.assign(globalThis, { openedOnce: true }));
    const updatedAt = () => page.locator('.checked time').getAttribute('datetime');
    const firstUpdate = await updatedAt();
    const runs = page.getByRole('region', { name: 'Sync runs table' });
    await runs.focus();

    // Someone (here the Admin API, as the scheduler or another operator would) runs a catalog sync.
    const started = await fetch(`${envUrl('ADMIN_API_URL')}/sync/catalog`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await apiAccessToken(OPERATIONS)}` },
    });
    expect(started.status).toBe(200);
    const run = (await started.json()) as { startedAt: string };

    await runs.locator(`time[datetime="${run.startedAt}"]`).waitFor({ timeout: 30_000 });
    expect(navigations).toBe(0);
    await expect(page.evaluate(() => 'openedOnce' in globalThis)).resolves.toBe(true);
    expect(await updatedAt()).not.toBe(firstUpdate);
    await expect(runs.evaluate((region) => region === document.activeElement)).resolves.toBe(true);
    await context.close();
  });
});
