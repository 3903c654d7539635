import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchChromium } from '../../tools/test/browser.mjs';
import { axeViolations, DEMO_PASSWORD, envUrl } from './e2e-support.js';

/** A `datetime-local` value `days` from now (negative: in the past), in a site that keeps UTC all year. */
function utcInputValue(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);
}

const supplierWeb = () => envUrl('SUPPLIER_WEB_URL');

async function signedInPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(supplierWeb());
  await page.waitForURL(`${envUrl('AUTH_WEB_URL')}/sign-in?**`);
  await page.getByLabel('Email').fill('supplier@astrobookings.test');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${supplierWeb()}/`);
  return page;
}

/** The form posts (to the BFF) a page sends from now on. */
function countPosts(page: Page): () => Request[] {
  const posts: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/bff/launches')) posts.push(request);
  });
  return () => posts;
}

/** Fills the new-launch form with good values, except those `overrides` names. */
async function fillLaunch(page: Page, rocketName: string, overrides: Record<string, string> = {}) {
  const values: Record<string, string> = {
    'Mission name': `Apoapsis ${rocketName}`,
    Description: 'A week in orbit.',
    'Launch site': 'Kourou ELA-4',
    Destination: 'Low Earth orbit',
    'Date and time at the launch site': utcInputValue(300),
    'Price per seat': '95000',
    'Seats offered': '4',
    'Minimum occupancy': '2',
    ...overrides,
  };
  const rocket = page.getByRole('option', { name: new RegExp(rocketName) });
  await page.getByLabel('Rocket', { exact: true }).selectOption((await rocket.getAttribute('value')) ?? '');
  await page.getByLabel('Launch site time zone').selectOption('UTC');
  for (const [label, value] of Object.entries(values)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
}

/** What a field shows: its value, whether it is marked invalid, and the texts its description names. */
async function fieldState(page: Page, label: string) {
  const control = page.getByLabel(label, { exact: true });
  const describedBy = (await control.getAttribute('aria-describedby')) ?? '';
  const descriptions = await Promise.all(
    describedBy
      .split(' ')
      .filter(Boolean)
      .map(async (id) => (await page.locator(`[id="${id}"]`).textContent())?.trim()),
  );
  return {
    value: await control.inputValue(),
    invalid: await control.getAttribute('aria-invalid'),
    descriptions,
  };
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

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/**
 * Refuses a launch with two bad fields (a date in the past, more seats than the rocket has), both of which
 * only the Admin API can tell, and checks the form as it comes back.
 */
async function expectRefusedLaunch(page: Page, rocketName: string): Promise<void> {
  await page.goto(`${supplierWeb()}/launches/new`, { waitUntil: 'networkidle' });
  await fillLaunch(page, rocketName, {
    'Date and time at the launch site': utcInputValue(-2),
    'Seats offered': '9',
  });
  await page.getByRole('button', { name: 'Schedule launch' }).click();

  await page.waitForURL(`${supplierWeb()}/launches/new`);
  expect(page.url()).toBe(`${supplierWeb()}/launches/new`);
  const alert = page.getByRole('alert');
  await expect(alert.locator('strong').textContent()).resolves.toBe('2 fields need attention');
  await expect(alert.getByRole('link').allTextContents()).resolves.toEqual([
    'Date and time at the launch site: Choose a date and time in the future.',
    "Seats offered: This is more than the rocket's seats.",
  ]);

  await expect(fieldState(page, 'Date and time at the launch site')).resolves.toEqual({
    value: utcInputValue(-2),
    invalid: 'true',
    descriptions: [
      "On the launch site's clocks; must be in the future.",
      'Choose a date and time in the future.',
    ],
  });
  await expect(fieldState(page, 'Seats offered')).resolves.toEqual({
    value: '9',
    invalid: 'true',
    descriptions: ['Leave empty to offer every seat of the rocket.', "This is more than the rocket's seats."],
  });
  await expect(fieldState(page, 'Mission name')).resolves.toEqual({
    value: `Apoapsis ${rocketName}`,
    invalid: null,
    descriptions: [],
  });
  await expect(page.getByLabel('Launch site', { exact: true }).inputValue()).resolves.toBe('Kourou ELA-4');
  await expect(page.getByLabel('Launch site time zone').inputValue()).resolves.toBe('UTC');
  await expect(page.getByLabel('Minimum occupancy', { exact: true }).inputValue()).resolves.toBe('2');
  await expect(focusedId(page)).resolves.toBe('scheduledAt');
}

describe("a supplier's launch form", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const rocketName = `Merlin ${Date.now().toString(36)}`;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    page = await signedInPage(context);
    await page.goto(`${supplierWeb()}/rockets`);
    await page.getByLabel('Name', { exact: true }).fill(rocketName);
    await page.getByLabel('Seats', { exact: true }).fill('6');
    await page.getByLabel('Range', { exact: true }).selectOption({ label: 'LEO' });
    await page.getByRole('button', { name: 'Add rocket' }).click();
    await page.waitForURL(`${supplierWeb()}/rockets?notice=rocket-added`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('comes back refused with the values kept, both fields marked and focus on the first', async () => {
    const errors = collectErrors(page);
    await expectRefusedLaunch(page, rocketName);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('comes back the same way without JavaScript', async () => {
    const plain = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    plain.setDefaultTimeout(20_000);
    try {
      await expectRefusedLaunch(await signedInPage(plain), rocketName);
    } finally {
      await plain.close();
    }
  });

  it('shows the message of the page it reached only once: a reload is a fresh form', async () => {
    await expectRefusedLaunch(page, rocketName);
    await page.reload({ waitUntil: 'networkidle' });

    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await expect(fieldState(page, 'Seats offered')).resolves.toMatchObject({ value: '', invalid: null });
  });

  it('with JavaScript, reports an empty required field before anything is sent', async () => {
    await page.goto(`${supplierWeb()}/launches/new`, { waitUntil: 'networkidle' });
    const posts = countPosts(page);
    await fillLaunch(page, rocketName, { 'Mission name': '' });
    await page.getByRole('button', { name: 'Schedule launch' }).click();

    await expect(page.getByRole('alert').locator('strong').textContent()).resolves.toBe(
      '1 field needs attention',
    );
    await expect(fieldState(page, 'Mission name')).resolves.toEqual({
      value: '',
      invalid: 'true',
      descriptions: ['Fill in this field.'],
    });
    await expect(focusedId(page)).resolves.toBe('missionName');
    expect(posts()).toHaveLength(0);
    expect(page.url()).toBe(`${supplierWeb()}/launches/new`);
  });

  it('reads a typed price to the cent, refuses more decimals than its currency has, and shows it back to edit', async () => {
    await page.goto(`${supplierWeb()}/launches/new`, { waitUntil: 'networkidle' });
    await fillLaunch(page, rocketName, { 'Price per seat': '19.999' });
    await page.getByRole('button', { name: 'Schedule launch' }).click();
    await page.waitForURL(`${supplierWeb()}/launches/new`);
    await expect(page.getByRole('alert').getByRole('link').allTextContents()).resolves.toEqual([
      'Price per seat: This has more decimals than its currency allows.',
    ]);
    await expect(fieldState(page, 'Price per seat')).resolves.toMatchObject({
      value: '19.999',
      invalid: 'true',
    });

    await fillLaunch(page, rocketName, { 'Price per seat': '1.15' });
    await page.getByRole('button', { name: 'Schedule launch' }).click();
    await page.waitForURL(/\/launches\/[0-9a-f-]{36}\?notice=created$/);
    const price = page.locator('dt', { hasText: 'Price per seat' }).locator('+ dd');
    await expect(price.textContent()).resolves.toBe('$1.15');
    await page.goto(`${page.url().replace(/\?.*$/, '')}/edit`, { waitUntil: 'networkidle' });
    await expect(page.getByLabel('Price per seat', { exact: true }).inputValue()).resolves.toBe('1.15');
  });

  it('sends a double-clicked form once, its button showing that it is on its way', async () => {
    await page.goto(`${supplierWeb()}/launches/new`, { waitUntil: 'networkidle' });
    const posts = countPosts(page);
    // The post is held back a moment (and then sent on to the BFF), so the pending button can be seen.
    await page.route('**/bff/launches', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.continue();
    });
    await fillLaunch(page, rocketName);
    // Two clicks in a row, read at once: Playwright would otherwise wait for the navigation the post starts.
    const pending = await page.evaluate(() => {
      const button = document.querySelector<HTMLButtonElement>(
        'form[action="/bff/launches"] button[type="submit"]',
      );
      button?.click();
      button?.click();
      return {
        disabled: button?.getAttribute('aria-disabled'),
        text: button?.textContent?.replace(/\s+/g, ' ').trim(),
      };
    });
    expect(pending).toEqual({ disabled: 'true', text: 'Schedule launch Sending…' });
    await page.waitForURL(/\/launches\/[0-9a-f-]{36}\?notice=created$/);
    await page.unroute('**/bff/launches');
    expect(posts()).toHaveLength(1);
  });
});
