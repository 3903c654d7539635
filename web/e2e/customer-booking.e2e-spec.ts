import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../tools/test/browser.mjs';
import {
  apiAccessToken,
  axeViolations,
  DEMO_PASSWORD,
  envUrl,
  journey,
  pointerUser,
  type User,
} from './e2e-support.js';

const CUSTOMER = 'customer@astrobookings.test';
const SUPPLIER = 'supplier@astrobookings.test';
const SUCCESS_CARD = '4242 4242 4242 4242';
const DECLINED_CARD = '4000 0000 0000 0002';
const THREE_DS_CARD = '4000 0000 0000 3220';

interface CatalogLaunch {
  readonly id: string;
  readonly missionName: string;
  readonly seatsAvailable: number;
  readonly status: string;
}

interface CaughtMail {
  readonly subject: string;
  readonly to: { address: string }[];
}

/** Bookable launches with at least `seats` left, straight from the Customer API, most seats first. */
async function launchesWithSeats(seats: number): Promise<CatalogLaunch[]> {
  const response = await fetch(`${envUrl('CUSTOMER_API_URL')}/launches?limit=100`);
  const { items } = (await response.json()) as { items: CatalogLaunch[] };
  return items
    .filter((launch) => launch.seatsAvailable >= seats && launch.status !== 'aborted')
    .sort((a, b) => b.seatsAvailable - a.seatsAvailable);
}

/** Waits until a newly published launch is bookable in the public catalog (Core API projects it there). */
async function inCatalog(launchId: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await fetch(`${envUrl('CUSTOMER_API_URL')}/launches/${launchId}`)).status !== 200) {
    if (Date.now() > deadline)
      throw new Error(`launch ${launchId} did not reach the catalog in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** Waits for a mail to `to` whose subject is `subject`, as the SMTP catcher received it. */
async function waitForMail(to: string, subject: string, timeoutMs = 30_000): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mails = (await (await fetch(`${envUrl('MAIL_WEB_URL')}/api/email`)).json()) as CaughtMail[];
    const mail = mails.find(
      (m) => m.subject === subject && m.to.some((t) => t.address.toLowerCase() === to.toLowerCase()),
    );
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`no mail "${subject}" reached ${to} within ${timeoutMs} ms`);
}

/** Opens a customer page: signed out, the customer app sends the browser to sign in and back here. */
async function signInAt(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForURL(`${envUrl('AUTH_WEB_URL')}/sign-in?**`);
  await page.getByLabel('Email').fill(CUSTOMER);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(url);
}

/** Holds `seats` seats on the book page and names the passengers; returns the booking's id. */
async function holdAndName(user: User, seats: number, names: string[]): Promise<string> {
  const { page } = user;
  await user.select(page.getByLabel('Seats', { exact: true }), String(seats));
  await user.activate(page.getByRole('button', { name: 'Hold my seats' }));
  await page.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
  const bookingId = new URL(page.url()).pathname.split('/').pop()!;
  await expect(page.getByText('Your seats are held until').isVisible()).resolves.toBe(true);
  for (const [index, name] of names.entries()) {
    await user.fill(page.getByLabel(`Passenger ${index + 1} full name`), name);
  }
  await user.activate(page.getByRole('button', { name: 'Save passengers' }));
  await page.waitForURL(/\?notice=passengers-saved$/);
  return bookingId;
}

/** Pays the held booking on the simulated provider's checkout page. */
async function payWith(user: User, card: string): Promise<void> {
  const { page } = user;
  await user.activate(page.getByRole('button', { name: /^Pay / }));
  await page.waitForURL(`${envUrl('CORE_API_URL')}/payments/simulated/**`);
  await user.fill(page.getByLabel('Card number'), card);
  await user.activate(page.getByRole('button', { name: /^Pay / }));
}

async function bookingStatus(context: BrowserContext, bookingId: string): Promise<string> {
  const response = await context.request.get(`${envUrl('CUSTOMER_WEB_URL')}/bff/bookings/${bookingId}`);
  return ((await response.json()) as { status: string }).status;
}

/** What a cancelled booking's page says was refunded, whitespace collapsed. */
async function refundText(page: Page): Promise<string> {
  const text = await page.getByRole('region', { name: 'Booking cancelled' }).textContent();
  return (text ?? '').replace(/\s+/g, ' ').replace('Booking cancelled', '').trim();
}

describe('a customer books seats, pays, finds the trip and cancels it', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  journey(
    'books 2 seats, pays by card, gets the confirmation page and email, then cancels with a refund',
    async (user, context) => {
      const web = envUrl('CUSTOMER_WEB_URL');
      const [launch] = await launchesWithSeats(2);
      expect(launch).toBeDefined();
      const { page } = user;

      // From the launch page, "Book seats" asks a signed-out visitor to sign in, then comes back.
      await page.goto(`${web}/launches/${launch.id}`);
      await user.activate(page.getByRole('link', { name: 'Book seats' }));
      await page.waitForURL(`${envUrl('AUTH_WEB_URL')}/sign-in?**`);
      await user.fill(page.getByLabel('Email'), CUSTOMER);
      await user.fill(page.getByLabel('Password'), DEMO_PASSWORD);
      await user.activate(page.getByRole('button', { name: 'Sign in' }));
      await page.waitForURL(`${web}/launches/${launch.id}/book`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
        launch.missionName,
      );
      expect(await axeViolations(page)).toEqual([]);

      const bookingId = await holdAndName(user, 2, ['Ada Lovelace', 'Grace Hopper']);
      expect(await axeViolations(page)).toEqual([]);
      await payWith(user, SUCCESS_CARD);

      // Back from the provider: confirmed, with the trip's facts and the refund policy in view.
      await page.waitForURL(`${web}/bookings/${bookingId}?paid=1`);
      await expect(page.getByRole('status').first().textContent()).resolves.toContain('Payment received');
      const details = await page.locator('main').textContent();
      expect(details).toContain('Ada Lovelace');
      expect(details).toContain('Grace Hopper');
      expect(details).toContain('Refund policy');
      expect(details).toContain('If you cancel now');
      expect(await axeViolations(page)).toEqual([]);
      await waitForMail(CUSTOMER, `Booking confirmed: ${launch.missionName}`);

      // My trips, from the header, lists it as upcoming.
      await user.activate(
        page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My trips' }),
      );
      await page.waitForURL(`${web}/bookings`);
      const upcoming = page.getByRole('region', { name: /^Upcoming/ });
      // Reached by client-side navigation: the list arrives from the BFF after the click.
      await upcoming.getByRole('link', { name: launch.missionName }).first().waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // Cancelling takes an explicit second step, then shows what was refunded.
      await page.goto(`${web}/bookings/${bookingId}`);
      await user.activate(page.getByRole('link', { name: 'Cancel this booking…' }));
      await user.activate(page.getByRole('button', { name: 'Yes, cancel my booking' }));
      await page.waitForURL(`${web}/bookings/${bookingId}?notice=cancelled`);
      expect(await refundText(page)).toMatch(/^Refunded: \S+ of \S+\.$/);
      expect(await bookingStatus(context, bookingId)).toBe('cancelled');
    },
  );

  it('shows a declined card on the checkout page and leaves the booking unpaid, without JavaScript', async () => {
    const web = envUrl('CUSTOMER_WEB_URL');
    const [launch] = await launchesWithSeats(1);
    const context = await browser.newContext({ javaScriptEnabled: false });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await signInAt(page, `${web}/launches/${launch.id}/book`);

    const bookingId = await holdAndName(pointerUser(page), 1, ['Katherine Johnson']);
    await payWith(pointerUser(page), DECLINED_CARD);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Your card was declined');

    await page.goto(`${web}/bookings/${bookingId}`);
    expect(await bookingStatus(context, bookingId)).toBe('held');
    await expect(page.getByRole('button', { name: /^Pay / }).isVisible()).resolves.toBe(true);

    // Let the seat go rather than wait for the hold to expire.
    await page.getByRole('link', { name: 'Cancel this booking…' }).click();
    await page.getByRole('button', { name: 'Yes, cancel my booking' }).click();
    await page.waitForURL(`${web}/bookings/${bookingId}?notice=cancelled`);
    await context.close();
  });
});

describe('a booking form posted twice', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('holds the seats once: the form carries one Idempotency-Key per render', async () => {
    const web = envUrl('CUSTOMER_WEB_URL');
    const [launch] = await launchesWithSeats(1);
    const context = await browser.newContext({ javaScriptEnabled: false });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await signInAt(page, `${web}/launches/${launch.id}/book`);

    const form = page.locator('form[action="/bff/bookings"]');
    const fields = Object.fromEntries(
      await Promise.all(
        ['_csrf', 'launchId', 'idempotencyKey'].map(
          async (name) =>
            [name, (await form.locator(`input[name="${name}"]`).getAttribute('value')) ?? ''] as const,
        ),
      ),
    );
    const post = () =>
      context.request.post(`${web}/bff/bookings`, {
        form: { ...fields, seats: '1' },
        headers: { origin: web },
        maxRedirects: 0,
      });
    const [first, second] = [await post(), await post()];
    expect(first.status()).toBe(303);
    expect(first.headers()['location']).toMatch(/^\/bookings\/[0-9a-f-]{36}$/);
    expect(second.headers()['location']).toBe(first.headers()['location']);

    // Let the seat go.
    const cancelled = await context.request.post(`${web}/bff${first.headers()['location']}/cancel`, {
      form: { _csrf: fields['_csrf'] },
      headers: { origin: web },
      maxRedirects: 0,
    });
    expect(cancelled.headers()['location']).toMatch(/\?notice=cancelled$/);
    await context.close();
  });
});

describe('a supplier aborts a launch a customer booked', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("cancels the customer's booking and refunds it in full", async () => {
    const web = envUrl('CUSTOMER_WEB_URL');
    const adminApi = envUrl('ADMIN_API_URL');
    const supplierHeaders = {
      authorization: `Bearer ${await apiAccessToken(SUPPLIER)}`,
      'content-type': 'application/json',
    };

    // A launch of the supplier's own, so aborting it takes nothing away from the seeded catalog.
    const rockets = (await (await fetch(`${adminApi}/rockets`, { headers: supplierHeaders })).json()) as {
      items: { id: string; status: string; capacity: number }[];
    };
    const rocket = rockets.items.find((r) => r.status === 'active' && r.capacity >= 2);
    expect(rocket).toBeDefined();
    const created = await fetch(`${adminApi}/launches`, {
      method: 'POST',
      headers: supplierHeaders,
      body: JSON.stringify({
        rocketId: rocket!.id,
        missionName: `Scrubbed Dawn ${Date.now().toString(36)}`,
        description: 'A launch the e2e test books and then aborts.',
        launchSite: 'Cape Canaveral SLC-40',
        siteTimeZone: 'America/New_York',
        destination: 'Low Earth orbit',
        scheduledAt: new Date(Date.now() + 60 * 86_400_000).toISOString(),
        pricePerSeatMinor: 30_000_000,
        currency: 'USD',
        seatsTotal: 2,
        minimumOccupancy: 1,
      }),
    });
    expect(created.status).toBe(201);
    const launch = (await created.json()) as { id: string };
    await inCatalog(launch.id);

    // The customer's paid booking, made through the Customer API and the simulated checkout.
    const customerApi = envUrl('CUSTOMER_API_URL');
    const headers = {
      authorization: `Bearer ${await apiAccessToken(CUSTOMER)}`,
      'content-type': 'application/json',
    };
    const held = await fetch(`${customerApi}/bookings`, {
      method: 'POST',
      headers: { ...headers, 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ launchId: launch.id, seats: 1 }),
    });
    expect(held.status).toBe(201);
    const booking = (await held.json()) as { id: string; amountMinor: number; currency: string };
    const named = await fetch(`${customerApi}/bookings/${booking.id}/passengers`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ passengers: [{ fullName: 'Valentina Tereshkova' }] }),
    });
    expect(named.status).toBe(200);
    const checkout = await fetch(`${customerApi}/bookings/${booking.id}/checkout`, {
      method: 'POST',
      headers,
    });
    const { checkoutUrl } = (await checkout.json()) as { checkoutUrl: string };
    const paid = await fetch(checkoutUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ cardNumber: SUCCESS_CARD }),
      redirect: 'manual',
    });
    expect(paid.status).toBe(303);

    // The supplier aborts the launch through the Admin API.
    const aborted = await fetch(`${adminApi}/launches/${launch.id}/transitions`, {
      method: 'POST',
      headers: supplierHeaders,
      body: JSON.stringify({ to: 'aborted', reason: 'Range safety: weather over the pad' }),
    });
    expect(aborted.status).toBeLessThan(300);

    // The customer's booking page shows it cancelled, with everything paid refunded.
    const context = await browser.newContext();
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await signInAt(page, `${web}/bookings/${booking.id}`);
    const deadline = Date.now() + 30_000;
    while ((await bookingStatus(context, booking.id)) !== 'cancelled' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await page.reload();
    expect(booking).toMatchObject({ amountMinor: 30_000_000, currency: 'USD' });
    expect(await refundText(page)).toBe('Refunded: $300,000.00 of $300,000.00.');
    await context.close();
  });
});

describe('a customer who pays with the 3-D Secure card', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sees the bank check in progress, then watches the booking page go from waiting to confirmed without reloading', async () => {
    const web = envUrl('CUSTOMER_WEB_URL');
    const [launch] = await launchesWithSeats(1);
    const context = await browser.newContext();
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await signInAt(page, `${web}/launches/${launch.id}/book`);
    const bookingId = await holdAndName(pointerUser(page), 1, ['Mae Jemison']);
    await payWith(pointerUser(page), THREE_DS_CARD);

    // The provider's page says what is happening while the bank checks, with a progress bar.
    const check = page.getByRole('status');
    await expect(check.textContent()).resolves.toContain('Please keep this page open.');
    await expect(
      check.getByRole('progressbar', { name: 'Bank check in progress' }).isVisible(),
    ).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Then it sends the customer back by itself, before the payment is confirmed.
    await page.waitForURL(`${web}/bookings/${bookingId}?paid=1`);
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });
    await page.evaluate(() => Object.assign(globalThis, { arrivedOnce: true }));
    const payment = page.getByRole('status', { name: 'Confirming your payment' });
    await expect(
      payment.getByRole('progressbar', { name: 'Confirming your payment' }).isVisible(),
    ).resolves.toBe(true);
    await page.getByText('This page updates by itself').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const region = await payment.elementHandle();

    // The webhook confirms the booking; the same live region turns to the confirmation, with no reload.
    await page.getByRole('status', { name: /^Payment received/ }).waitFor({ timeout: 30_000 });
    await expect(region.textContent()).resolves.toContain('Your booking is confirmed.');
    expect(navigations).toBe(0);
    await expect(page.evaluate(() => 'arrivedOnce' in globalThis)).resolves.toBe(true);
    await expect(page.getByText('This page updates by itself').count()).resolves.toBe(0);
    expect(await bookingStatus(context, bookingId)).toBe('confirmed');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('gets back to the booking page without JavaScript too, with a link to refresh it', async () => {
    const web = envUrl('CUSTOMER_WEB_URL');
    const [launch] = await launchesWithSeats(1);
    const context = await browser.newContext({ javaScriptEnabled: false });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await signInAt(page, `${web}/launches/${launch.id}/book`);
    const bookingId = await holdAndName(pointerUser(page), 1, ['Sally Ride']);
    await payWith(pointerUser(page), THREE_DS_CARD);

    await expect(page.getByRole('status').textContent()).resolves.toContain('Checking with your bank');
    await page.waitForURL(`${web}/bookings/${bookingId}?paid=1`);
    await expect(page.getByRole('status', { name: 'Confirming your payment' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByRole('link', { name: 'Refresh' }).isVisible()).resolves.toBe(true);

    const deadline = Date.now() + 30_000;
    while ((await bookingStatus(context, bookingId)) !== 'confirmed' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await page.getByRole('link', { name: 'Refresh' }).click();
    await page.waitForURL(`${web}/bookings/${bookingId}?paid=1`);
    await page.getByRole('status', { name: /^Payment received/ }).waitFor();
    await context.close();
  });
});
