import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tools/test/browser.mjs';

// Launch names written by the seed and projected into the customer catalogue by the start-up sync.
const SEEDED_MISSIONS = ['Sunrise Orbit I', 'Sunrise Orbit II'];
const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js', {
  paths: [new URL('../../tools/', import.meta.url).pathname],
});

interface AxeResults {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

function customerWebUrl(): string {
  const url = process.env['CUSTOMER_WEB_URL'];
  if (!url) {
    throw new Error('CUSTOMER_WEB_URL is not set: the e2e globalSetup starts the system and exports it');
  }
  return url;
}

describe('customer home page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is rendered on the server with the seeded launches and its SEO tags', async () => {
    const response = await fetch(customerWebUrl());
    const html = await response.text();

    expect(response.status).toBe(200);
    for (const mission of SEEDED_MISSIONS) {
      expect(html).toContain(mission);
    }
    expect(html).toMatch(/<title>[^<]*Upcoming space launches[^<]*<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]+"/);
    expect(html).toMatch(/<link rel="canonical" href="http[^"]+\/"/);
    expect(html).toMatch(/<meta property="og:title" content="[^"]+"/);
    expect(html).toContain('<script id="ab-json-ld" type="application/ld+json">');
  });

  it('shows the seeded launches in a real browser, without accessibility violations', async () => {
    const page = await browser.newPage();
    const browserErrors: string[] = [];
    page.on('pageerror', (error) => browserErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') browserErrors.push(message.text());
    });
    const bffCalls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/bff/')) bffCalls.push(request.url());
    });

    await page.goto(customerWebUrl(), { waitUntil: 'networkidle' });
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();

    for (const mission of SEEDED_MISSIONS) {
      expect(headings).toContain(mission);
    }
    // Hydration ran (it strips the server's `ngh` markers) and reused the server's response from the
    // transfer cache instead of calling the BFF again.
    await page.waitForFunction(() => document.querySelectorAll('[ngh]').length === 0);
    expect(bffCalls).toEqual([]);

    // Evaluated over the DevTools protocol: a <script> tag would be (rightly) refused by the page's CSP.
    await page.evaluate(readFileSync(axeScript, 'utf8'));
    const results = (await page.evaluate(() =>
      (globalThis as unknown as { axe: { run(): Promise<unknown> } }).axe.run(),
    )) as AxeResults;
    expect(
      results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) })),
    ).toEqual([]);
    expect(browserErrors).toEqual([]);
    await page.close();
  });
});
