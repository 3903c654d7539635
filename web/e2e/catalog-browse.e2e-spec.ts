import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tools/test/browser.mjs';
import { axeViolations, envUrl, journey } from './e2e-support.js';

interface CatalogLaunch {
  readonly id: string;
  readonly missionName: string;
  readonly destination: string;
  readonly seatsAvailable: number;
}

/** The list shows this many launches per page (see LIST_PAGE_SIZE). */
const PAGE_SIZE = 6;

/** Every bookable launch, straight from the Customer API: what the pages must agree with. */
async function catalog(): Promise<CatalogLaunch[]> {
  const response = await fetch(`${envUrl('CUSTOMER_API_URL')}/launches?limit=100`);
  return ((await response.json()) as { items: CatalogLaunch[] }).items;
}

function jsonLdOf(html: string): Record<string, unknown> {
  const match = /<script id="ab-json-ld" type="application\/ld\+json"[^>]*>([^<]*)<\/script>/.exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(match![1]) as Record<string, unknown>;
}

function attribute(html: string, pattern: RegExp): string {
  const match = pattern.exec(html);
  expect(match).not.toBeNull();
  return match![1].replaceAll('&amp;', '&');
}

async function missionHeadings(page: Page): Promise<string[]> {
  return (await page.locator('ab-launch-card h2').allTextContents()).map((text) => text.trim());
}

describe('browsing the public catalog', () => {
  let browser: Browser;
  let launches: CatalogLaunch[];

  beforeAll(async () => {
    browser = await launchChromium();
    launches = await catalog();
    expect(launches.length).toBeGreaterThan(PAGE_SIZE);
  });

  afterAll(async () => {
    await browser?.close();
  });

  journey(
    'lets a visitor filter by destination, page through and open a launch with its seats left',
    async (user) => {
      const web = envUrl('CUSTOMER_WEB_URL');
      const { page } = user;
      const browserErrors: string[] = [];
      page.on('pageerror', (error) => browserErrors.push(error.message));

      await page.goto(`${web}/launches`, { waitUntil: 'networkidle' });
      expect(await missionHeadings(page)).toEqual(launches.slice(0, PAGE_SIZE).map((l) => l.missionName));
      expect(await axeViolations(page)).toEqual([]);

      await user.activate(page.getByRole('link', { name: 'Next →' }));
      await page.waitForURL(/page=2/);
      expect(await missionHeadings(page)).toEqual(
        launches.slice(PAGE_SIZE, PAGE_SIZE * 2).map((l) => l.missionName),
      );

      const destination = 'Low Earth Orbit';
      const matching = launches.filter((launch) => launch.destination === destination);
      expect(matching.length).toBeGreaterThan(0);
      expect(matching.length).toBeLessThan(launches.length);
      await user.select(page.getByLabel('Destination'), destination);
      await user.activate(page.getByRole('button', { name: 'Show launches' }));
      await page.waitForURL(/destination=Low/);
      expect(new URL(page.url()).searchParams.get('page')).toBeNull();
      expect(await missionHeadings(page)).toEqual(matching.slice(0, PAGE_SIZE).map((l) => l.missionName));
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        `Launches to ${destination}`,
      );

      const chosen = matching[0];
      await user.activate(page.getByRole('link', { name: chosen.missionName, exact: true }));
      await page.waitForURL(`**/launches/${chosen.id}`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(chosen.missionName);
      const seats = `${chosen.seatsAvailable} seat${chosen.seatsAvailable === 1 ? '' : 's'} left`;
      await expect(page.locator('.offer .seats strong').textContent()).resolves.toBe(seats);
      // After hydration the date is also shown in the viewer's own time zone.
      await page.locator('ab-launch-time .viewer', { hasText: 'Your time:' }).waitFor({ timeout: 10_000 });
      const book = page.getByRole('link', { name: 'Book seats' });
      expect(await book.getAttribute('href')).toBe(
        `/bff/auth/sign-in?returnTo=${encodeURIComponent(`/launches/${chosen.id}/book`)}`,
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(browserErrors).toEqual([]);
    },
  );

  it('serves the list and detail pages as indexable HTML with title, canonical, Open Graph and JSON-LD', async () => {
    const web = envUrl('CUSTOMER_WEB_URL');
    const list = await fetch(`${web}/launches?destination=Low+Earth+Orbit&page=1&seats=1`);
    const listHtml = await list.text();
    expect(list.status).toBe(200);
    expect(listHtml).toMatch(/<title>Launches to Low Earth Orbit \| AstroBookings<\/title>/);
    expect(attribute(listHtml, /<link rel="canonical" href="([^"]+)"/)).toBe(
      `${web}/launches?destination=Low+Earth+Orbit&seats=1`,
    );
    expect(listHtml).toMatch(/<meta property="og:title" content="Launches to Low Earth Orbit[^"]*"/);
    expect(listHtml).toMatch(/<meta name="description" content="[^"]*Low Earth Orbit[^"]*"/);
    expect(jsonLdOf(listHtml)).toMatchObject({ '@type': 'ItemList' });

    const second = await (await fetch(`${web}/launches?page=2`)).text();
    expect(second).toMatch(/<title>All upcoming launches — page 2 \| AstroBookings<\/title>/);
    expect(attribute(second, /<link rel="canonical" href="([^"]+)"/)).toBe(`${web}/launches?page=2`);

    const launch = launches[0];
    const detail = await fetch(`${web}/launches/${launch.id}`);
    const detailHtml = await detail.text();
    expect(detail.status).toBe(200);
    expect(detailHtml).toContain(`<title>${launch.missionName} to ${launch.destination}`);
    expect(attribute(detailHtml, /<link rel="canonical" href="([^"]+)"/)).toBe(
      `${web}/launches/${launch.id}`,
    );
    expect(attribute(detailHtml, /<meta property="og:url" content="([^"]+)"/)).toBe(
      `${web}/launches/${launch.id}`,
    );
    expect(jsonLdOf(detailHtml)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: launch.missionName,
      remainingAttendeeCapacity: launch.seatsAvailable,
      offers: {
        '@type': 'Offer',
        priceCurrency: 'USD',
        url: `${web}/launches/${launch.id}`,
        availability: expect.stringMatching(/^https:\/\/schema\.org\/(InStock|LimitedAvailability)$/),
      },
    });
    expect(detailHtml).toContain(`${launch.seatsAvailable} seat`);
  });

  it('answers an unknown launch with a 404 page', async () => {
    const web = envUrl('CUSTOMER_WEB_URL');
    const response = await fetch(`${web}/launches/00000000-0000-4000-8000-000000000000`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Launch not found');
  });

  it('publishes every launch in the sitemap and points robots.txt to it', async () => {
    const web = envUrl('CUSTOMER_WEB_URL');
    const sitemap = await fetch(`${web}/sitemap.xml`);
    expect(sitemap.status).toBe(200);
    expect(sitemap.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(sitemap.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    const xml = await sitemap.text();
    for (const launch of launches) {
      expect(xml).toContain(`<loc>${web}/launches/${launch.id}</loc>`);
    }
    expect(xml).toContain(`<loc>${web}/launches?page=2</loc>`);
    expect(xml).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/);

    const robots = await (await fetch(`${web}/robots.txt`)).text();
    expect(robots).toContain('Allow: /');
    expect(robots).toContain(`Sitemap: ${web}/sitemap.xml`);
  });
});
