import { createCoreApiClient } from '@astrobookings/openapi';
import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import pg from 'pg';
import { coreApi } from '../apps/core-api/core-api.definition.js';
import { customerApi } from '../apps/customer-api/customer-api.definition.js';
import type { BookingDto } from '../core-api/bookings/booking.dto.js';
import { DEMO_EMAILS, serviceToken, signIn, startAuthApi } from './auth-fixture.js';
import { freePort } from './free-port.js';
import { createIsolatedDatabases, type IsolatedDatabases } from './isolated-databases.js';
import { startService, type RunningService } from './start-service.js';

export const CUSTOMER_WEB_URL = 'http://customer-web.test';
export const PAYMENT_WEBHOOK_SECRET = 'test-payment-webhook-secret';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface Customer {
  id: string;
  email: string;
  token: string;
}

/**
 * Auth, Core and Customer API on fresh seeded databases with the demo accounts, plus a PostgreSQL pool for
 * looking at (and arranging) the Operations DB directly. Core API runs on a port chosen up front, because the
 * simulated payment provider delivers its webhooks to CORE_API_URL.
 */
export class BookingSystem {
  readonly services: RunningService[] = [];
  pool!: pg.Pool;
  core!: RunningService;
  customerApi!: RunningService;
  systemToken!: string;
  customer!: Customer;
  vip!: Customer;
  /** What a further service needs to join this system (databases, Auth API, Core API). */
  env!: Record<string, string>;
  private databases!: IsolatedDatabases;
  authUrl!: string;

  async start(env: Record<string, string> = {}): Promise<void> {
    this.databases = await createIsolatedDatabases({ accounts: true });
    this.pool = new pg.Pool({ connectionString: this.databases.env.DATABASE_URL, max: 4 });
    const auth = await startAuthApi(this.databases);
    this.services.push(auth);
    this.authUrl = auth.url;
    const corePort = await freePort();
    const common = {
      ...this.databases.env,
      AUTH_API_URL: auth.url,
      CORE_API_URL: `http://127.0.0.1:${corePort}`,
      CUSTOMER_WEB_URL,
      PAYMENT_WEBHOOK_SECRET,
      // Generous, so suites that place many holds test the booking engine; limit tests set their own.
      API_RATE_LIMIT_PER_MINUTE: '100000',
      BOOKING_HOLDS_PER_HOUR: '100000',
      BOOKING_CHECKOUTS_PER_HOUR: '100000',
      ...env,
    };
    this.env = common;
    this.core = await startService(
      coreApi,
      { NOTIFICATION_DISPATCH_INTERVAL_MS: '300', ...common },
      corePort,
    );
    this.services.push(this.core);
    this.customerApi = await startService(customerApi, common);
    this.services.push(this.customerApi);
    this.systemToken = await serviceToken(auth.url);
    this.customer = await this.signIn(auth.url, DEMO_EMAILS.customer);
    this.vip = await this.signIn(auth.url, DEMO_EMAILS.vip);
  }

  async stop(): Promise<void> {
    for (const service of this.services.reverse()) await service.stop();
    await this.pool?.end();
    await this.databases?.drop();
  }

  /** A new bookable launch (on the first seeded rocket) `daysAhead` days from now, published to the catalog. */
  async createLaunch(options: {
    daysAhead: number;
    seatsTotal: number;
    seatsSold?: number;
    /** In minor units of `currency`. */
    priceMinor?: number;
    currency?: string;
  }) {
    const missionName = `Test mission ${randomUUID().slice(0, 8)}`;
    const { rows } = await this.pool.query<{ id: string }>(
      `INSERT INTO launches (supplier_id, rocket_id, mission_name, description, scheduled_at, launch_site,
                             destination, seats_total, seats_sold, minimum_occupancy, price_per_seat_minor, currency)
       SELECT supplier_id, id, $1, 'A launch made by a test.', $2, 'Test Site', 'Low Earth Orbit', $3, $4, 0, $5, $6
       FROM rockets ORDER BY name LIMIT 1
       RETURNING id`,
      [
        missionName,
        new Date(Date.now() + options.daysAhead * DAY_MS),
        options.seatsTotal,
        options.seatsSold ?? 0,
        options.priceMinor ?? 100_000,
        options.currency ?? 'USD',
      ],
    );
    await this.syncCatalog();
    return { id: rows[0].id, missionName };
  }

  async syncCatalog(): Promise<void> {
    const { data } = await createCoreApiClient({
      baseUrl: this.core.url,
      accessToken: this.systemToken,
    }).POST('/sync/catalog');
    if (data?.status !== 'succeeded') throw new Error('catalog sync failed');
  }

  /** POST /bookings on the Customer API as `customer`, raw, so tests see every status and header. */
  book(customer: Customer, body: unknown, idempotencyKey: string | null = randomUUID()): Promise<Response> {
    return fetch(`${this.customerApi.url}/bookings`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${customer.token}`,
        'content-type': 'application/json',
        ...(idempotencyKey === null ? {} : { 'idempotency-key': idempotencyKey }),
      },
      body: JSON.stringify(body),
    });
  }

  /** Calls the Customer API as `customer` and returns the status and parsed JSON body. */
  async call<T = BookingDto>(
    customer: Customer,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.customerApi.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${customer.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  /** Holds `seats` seats, names the passengers and opens the checkout; returns the booking and checkout URL. */
  async holdAndCheckout(customer: Customer, launchId: string, seats = 1) {
    const created = await this.book(customer, { launchId, seats });
    if (created.status !== 201) throw new Error(`hold answered ${created.status}`);
    const booking = (await created.json()) as BookingDto;
    const passengers = Array.from({ length: seats }, (_, index) => ({ fullName: `Passenger ${index + 1}` }));
    await this.call(customer, 'PUT', `/bookings/${booking.id}/passengers`, { passengers });
    const checkout = await this.call<{ checkoutUrl: string }>(
      customer,
      'POST',
      `/bookings/${booking.id}/checkout`,
    );
    if (checkout.status !== 200) throw new Error(`checkout answered ${checkout.status}`);
    return { booking, checkoutUrl: checkout.body.checkoutUrl };
  }

  /** Submits the card form of the simulated checkout page, as a browser without JavaScript would. */
  payWithCard(checkoutUrl: string, cardNumber: string): Promise<Response> {
    return fetch(checkoutUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ cardNumber }).toString(),
      redirect: 'manual',
    });
  }

  /** A confirmed booking, paid with the success card through the real checkout page and webhook. */
  async confirmedBooking(customer: Customer, launchId: string, seats = 1): Promise<BookingDto> {
    const { booking, checkoutUrl } = await this.holdAndCheckout(customer, launchId, seats);
    const paid = await this.payWithCard(checkoutUrl, '4242 4242 4242 4242');
    if (paid.status !== 303) throw new Error(`payment answered ${paid.status}`);
    return booking;
  }

  /**
   * One more verified customer account, signed in, for tests that need more customers than the two demo ones
   * (one customer holds one launch at a time). It shares the demo customer's password hash, so no hashing.
   */
  async newCustomer(): Promise<Customer> {
    const email = `customer-${randomUUID()}@astrobookings.test`;
    const coreDb = await mongoose.createConnection(this.databases.env.CORE_DB_URL).asPromise();
    try {
      const credentials = coreDb.collection<{ _id: string; email: string; createdAt: Date }>('credentials');
      const demo = await credentials.findOne({ email: DEMO_EMAILS.customer });
      if (!demo) throw new Error('the demo customer is missing');
      await credentials.insertOne({ ...demo, _id: randomUUID(), email, createdAt: new Date() });
    } finally {
      await coreDb.close();
    }
    return this.signIn(this.authUrl, email);
  }

  private async signIn(authUrl: string, email: string): Promise<Customer> {
    const pair = await signIn(authUrl, email);
    return { id: pair.user.id, email, token: pair.accessToken };
  }
}
