import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../tools/test/browser.mjs';
import { DEMO_PASSWORD, envUrl } from './e2e-support.js';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SCHEMES = ['light', 'dark'] as const;

/** Every violation of WCAG 2.1 AA on the page as it is now, named by rule and element. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.help}) at ${node.target.join(' ')}`),
  );
}

/**
 * Opens `path` of an app and runs axe in the light and the dark theme of the system setting; with
 * `viaSwitch`, also with each theme chosen on the shell's switch against the other system setting.
 * Returns the violations, each prefixed with where and in which theme it was found.
 */
async function auditPage(page: Page, url: string, options: { viaSwitch?: boolean } = {}): Promise<string[]> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  const found: string[] = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    found.push(...(await violations(page)).map((v) => `${url} [${scheme}] ${v}`));
  }
  if (options.viaSwitch) {
    for (const scheme of SCHEMES) {
      const other = scheme === 'light' ? 'dark' : 'light';
      await page.emulateMedia({ colorScheme: other });
      await page.getByLabel('Theme').selectOption(scheme);
      found.push(...(await violations(page)).map((v) => `${url} [${scheme} on the switch] ${v}`));
    }
    await page.getByLabel('Theme').selectOption('system');
  }
  return found;
}

/**
 * Opens a page of an app that needs a session and signs in on the Auth app when it asks; once signed in
 * there, the next app gets its session by single sign-on without asking.
 */
async function signInAt(page: Page, url: string, email: string): Promise<void> {
  const signIn = `${envUrl('AUTH_WEB_URL')}/sign-in?`;
  await page.goto(url);
  await page.waitForURL((current) => current.href === url || current.href.startsWith(signIn));
  if (!page.url().startsWith(signIn)) return;
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(url);
}

/** The first link on the page whose path matches, as an absolute URL. */
async function firstLink(page: Page, path: RegExp): Promise<string> {
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const href = hrefs.find((candidate) => path.test(new URL(candidate).pathname));
  if (!href) throw new Error(`no link to ${path} on ${page.url()}`);
  return href;
}

describe('every page of every app passes axe (WCAG 2.1 AA) in the light and the dark theme', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('holds for the public pages of the customer app, the Auth app and the error pages', async () => {
    const customerWeb = envUrl('CUSTOMER_WEB_URL');
    const authWeb = envUrl('AUTH_WEB_URL');
    const page = await newPage();
    const found = await auditPage(page, `${customerWeb}/`, { viaSwitch: true });
    found.push(...(await auditPage(page, `${customerWeb}/launches`)));
    const launch = await firstLink(page, /^\/launches\/[\w-]+$/);
    found.push(...(await auditPage(page, launch)));
    found.push(...(await auditPage(page, `${customerWeb}/launches/00000000-0000-4000-8000-000000000000`)));
    found.push(...(await auditPage(page, `${customerWeb}/no-such-page`)));

    found.push(...(await auditPage(page, `${authWeb}/sign-in`, { viaSwitch: true })));
    // Each page as it opens from its link (with a token or a reason) and as it opens without one.
    for (const path of [
      '/sign-in?app=customer&returnTo=%2F',
      '/sign-in?notice=signed-out',
      '/sign-up',
      '/check-email?reason=verify',
      '/check-email?reason=reset',
      '/verify-email',
      '/verify-email?token=abc',
      '/forgot-password',
      '/reset-password',
      '/reset-password?token=abc',
      '/invitation',
      '/invitation?token=unknown',
      '/unlock-account',
      '/unlock-account?token=abc',
      '/no-such-page',
    ]) {
      found.push(...(await auditPage(page, `${authWeb}${path}`)));
    }
    expect(found).toEqual([]);
  });

  it("holds for a customer's booking pages and the account page", async () => {
    const customerWeb = envUrl('CUSTOMER_WEB_URL');
    const page = await newPage();
    // The VIP demo customer has a confirmed trip.
    await signInAt(page, `${customerWeb}/bookings`, 'vip@astrobookings.test');
    const found = await auditPage(page, `${customerWeb}/bookings`);
    found.push(...(await auditPage(page, await firstLink(page, /^\/bookings\/[\w-]+$/))));
    await page.goto(`${customerWeb}/launches`);
    const launch = await firstLink(page, /^\/launches\/[\w-]+$/);
    found.push(...(await auditPage(page, `${launch}/book`)));

    // A held booking (the countdown, the passengers form and the pay button), then cancelled.
    await page.getByRole('button', { name: 'Hold my seats' }).click();
    await page.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
    const held = page.url();
    found.push(...(await auditPage(page, held)));
    await page.getByRole('link', { name: 'Cancel this booking…' }).click();
    await page.getByRole('button', { name: 'Yes, cancel my booking' }).waitFor();
    found.push(...(await violations(page)).map((v) => `${held} [asking to cancel] ${v}`));
    await page.getByRole('button', { name: 'Yes, cancel my booking' }).click();
    await page.waitForURL(`${held}?notice=cancelled`);
    found.push(...(await auditPage(page, page.url())));

    found.push(...(await auditPage(page, `${envUrl('AUTH_WEB_URL')}/account`)));
    expect(found).toEqual([]);
  });

  it('holds for every page of the supplier portal', async () => {
    const supplierWeb = envUrl('SUPPLIER_WEB_URL');
    const page = await newPage();
    await signInAt(page, `${supplierWeb}/`, 'supplier@astrobookings.test');
    const found = await auditPage(page, `${supplierWeb}/`, { viaSwitch: true });
    const launch = await firstLink(page, /^\/launches\/(?!new$)[\w-]+$/);
    found.push(...(await auditPage(page, `${supplierWeb}/launches/new`)));
    found.push(...(await auditPage(page, launch)));
    found.push(...(await auditPage(page, `${launch}/edit`)));
    found.push(...(await auditPage(page, `${supplierWeb}/rockets`)));
    found.push(...(await auditPage(page, await firstLink(page, /^\/rockets\/[\w-]+\/edit$/))));
    found.push(...(await auditPage(page, `${supplierWeb}/profile`)));
    found.push(...(await auditPage(page, `${supplierWeb}/invoices`)));
    found.push(...(await auditPage(page, await firstLink(page, /^\/invoices\/[\w-]+$/))));
    await page.goto(`${supplierWeb}/?status=successful`);
    found.push(
      ...(await auditPage(page, `${await firstLink(page, /^\/launches\/(?!new$)[\w-]+$/)}/bookings-report`)),
    );
    expect(found).toEqual([]);
  });

  it('holds for the financial and the operations portals', async () => {
    const page = await newPage();
    await signInAt(page, `${envUrl('FINANCIAL_WEB_URL')}/`, 'admin@astrobookings.test');
    const found = await auditPage(page, `${envUrl('FINANCIAL_WEB_URL')}/`, { viaSwitch: true });
    found.push(...(await auditPage(page, `${envUrl('FINANCIAL_WEB_URL')}/invoices`)));
    found.push(...(await auditPage(page, await firstLink(page, /^\/invoices\/[\w-]+$/))));
    found.push(...(await auditPage(page, `${envUrl('FINANCIAL_WEB_URL')}/suppliers`)));
    found.push(...(await auditPage(page, `${envUrl('FINANCIAL_WEB_URL')}/reports`)));
    found.push(...(await auditPage(page, `${envUrl('FINANCIAL_WEB_URL')}/reports?period=quarter&year=2027`)));
    await signInAt(page, `${envUrl('OPERATIONS_WEB_URL')}/`, 'admin@astrobookings.test');
    found.push(...(await auditPage(page, `${envUrl('OPERATIONS_WEB_URL')}/`, { viaSwitch: true })));
    expect(found).toEqual([]);
  });

  it('holds for the page a portal shows someone without its role', async () => {
    const page = await newPage();
    const found: string[] = [];
    for (const app of ['SUPPLIER_WEB_URL', 'FINANCIAL_WEB_URL', 'OPERATIONS_WEB_URL']) {
      await signInAt(page, `${envUrl(app)}/`, 'customer@astrobookings.test');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
        "You don't have access",
      );
      found.push(...(await auditPage(page, `${envUrl(app)}/`)));
    }
    expect(found).toEqual([]);
  });
});

describe('the theme', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The page's background colour, as painted. */
  const background = (page: Page) =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  it('follows the system setting, without JavaScript too', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled, colorScheme: 'light' });
      const page = await context.newPage();
      await page.goto(envUrl('CUSTOMER_WEB_URL'));
      const light = await background(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await background(page);
      expect({ light, dark }).toEqual({ light: 'rgb(245, 247, 252)', dark: 'rgb(10, 15, 31)' });
      await context.close();
    }
  });

  it('remembers the choice on the switch in this browser and applies it before the first paint', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(envUrl('CUSTOMER_WEB_URL'));
    await page.getByLabel('Theme').selectOption('dark');
    expect(await background(page)).toBe('rgb(10, 15, 31)');

    // theme.js runs in <head>: when the document is parsed, before any app script, the theme is set.
    await page.goto(`${envUrl('CUSTOMER_WEB_URL')}/launches`, { waitUntil: 'domcontentloaded' });
    const early = await page.evaluate(() => ({
      theme: document.documentElement.dataset['theme'],
      background: getComputedStyle(document.documentElement).backgroundColor,
      themeColor: document.querySelector('meta[name="theme-color"][media="all"]')?.getAttribute('content'),
    }));
    expect(early).toEqual({ theme: 'dark', background: 'rgb(10, 15, 31)', themeColor: '#0a0f1f' });
    await page.waitForLoadState('networkidle');
    await expect(page.getByLabel('Theme').inputValue()).resolves.toBe('dark');

    // Another app on another origin keeps its own choice: the system setting.
    await page.goto(envUrl('AUTH_WEB_URL'));
    expect(await background(page)).toBe('rgb(245, 247, 252)');

    await page.goto(envUrl('CUSTOMER_WEB_URL'));
    await page.getByLabel('Theme').selectOption('system');
    await page.reload();
    expect(await background(page)).toBe('rgb(245, 247, 252)');
    await context.close();
  });
});

describe('client-side navigation', () => {
  it("moves focus to the new page's heading and scrolls to the top", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 600 } });
      await page.goto(envUrl('CUSTOMER_WEB_URL'));
      await page.waitForLoadState('networkidle');
      await page.mouse.wheel(0, 400);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'All launches' })
        .click();
      await page.waitForURL('**/launches');
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      const after = await page.evaluate(() => ({
        focused: document.activeElement?.textContent?.trim(),
        heading: document.querySelector('main h1')?.textContent?.trim(),
        scrollY: window.scrollY,
      }));
      expect(after.focused).toBe(after.heading);
      expect(after.scrollY).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
