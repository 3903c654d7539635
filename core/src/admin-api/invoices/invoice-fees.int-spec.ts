import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startSupplierStack, type SupplierStack } from '../../testing/supplier-stack.js';

interface FeeCase {
  name: string;
  /** Successful flights the supplier had before this launch (3 make it reliable). */
  earlierSuccesses: number;
  charges: number[];
  refunds: number[];
  expected: { gross: number; refunds: number; net: number; rate: number; fee: number; reliable: boolean };
}

/** Each case is a fresh supplier whose launch is confirmed with paid bookings, then marked successful. */
const CASES: FeeCase[] = [
  {
    name: 'a new supplier pays 1% of bookings minus refunds',
    earlierSuccesses: 0,
    charges: [300_000, 300_000],
    refunds: [150_000],
    expected: { gross: 600_000, refunds: 150_000, net: 450_000, rate: 100, fee: 4_500, reliable: false },
  },
  {
    name: 'a supplier with three successful flights is reliable and pays 0.8%',
    earlierSuccesses: 3,
    charges: [500_000, 500_000],
    refunds: [],
    expected: { gross: 1_000_000, refunds: 0, net: 1_000_000, rate: 80, fee: 8_000, reliable: true },
  },
  {
    name: 'half a cent rounds up (122.5 → 123), not to even',
    earlierSuccesses: 0,
    charges: [12_250],
    refunds: [],
    expected: { gross: 12_250, refunds: 0, net: 12_250, rate: 100, fee: 123, reliable: false },
  },
  {
    name: 'a reliable supplier’s 58.504 cents round to 59',
    earlierSuccesses: 4,
    charges: [6_000, 1_313],
    refunds: [],
    expected: { gross: 7_313, refunds: 0, net: 7_313, rate: 80, fee: 59, reliable: true },
  },
  {
    name: 'two flights are not yet reliable',
    earlierSuccesses: 2,
    charges: [19_999],
    refunds: [19_999],
    expected: { gross: 19_999, refunds: 19_999, net: 0, rate: 100, fee: 0, reliable: false },
  },
];

describe('the fee on a successful launch, issued automatically (Admin API)', () => {
  let stack: SupplierStack;

  beforeAll(async () => {
    stack = await startSupplierStack();
  }, 90_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  const value = (text: string) => `'${text.replace(/'/g, "''")}'`;

  async function supplierWithLaunch(feeCase: FeeCase): Promise<string> {
    const tag = randomUUID().slice(0, 8);
    const [supplierRow] = await stack.sql(
      `INSERT INTO suppliers (name, description, contact_email, legal_name, tax_id, legal_address)
       VALUES (${value(`Fee ${tag}`)}, '', ${value(`fees-${tag}@suppliers.test`)}, ${value(`Fee ${tag} Ltd.`)},
               'DE123456789', 'Hauptstraße 1, Berlin') RETURNING id`,
    );
    const supplier = { id: String(supplierRow.id) };
    const [rocketRow] = await stack.sql(
      `INSERT INTO rockets (supplier_id, name, capacity, range)
       VALUES ('${supplier.id}', ${value(`Rocket ${tag}`)}, 8, 'orbital') RETURNING id`,
    );
    const rocket = { id: String(rocketRow.id) };
    const launch = (mission: string, status: string, daysAgo: number) =>
      stack.sql(
        `INSERT INTO launches (supplier_id, rocket_id, mission_name, description, status, scheduled_at, launch_site,
                               destination, seats_total, minimum_occupancy, price_per_seat_minor, currency)
         VALUES ('${supplier.id}', '${rocket.id}', ${value(mission)}, '', '${status}',
                 now() - interval '${daysAgo} days', 'Cape', 'LEO', 8, 1, 100000, 'USD') RETURNING id`,
      );
    for (let flight = 0; flight < feeCase.earlierSuccesses; flight += 1)
      await launch(`Earlier ${tag} ${flight}`, 'successful', 30 + flight);
    const invoiced = { id: String((await launch(`Invoiced ${tag}`, 'confirmed', 1))[0].id) };
    for (const [index, amount] of feeCase.charges.entries()) {
      const [bookingRow] = await stack.sql(
        `INSERT INTO bookings (launch_id, customer_id, customer_email, seats, status, hold_expires_at, amount_minor,
                               currency, idempotency_key, request_hash, confirmed_at)
         VALUES ('${invoiced.id}', gen_random_uuid(), 'buyer@customers.test', 1, 'confirmed', now(), ${amount},
                 'USD', ${value(`fee-${tag}-${index}`)}, repeat('0', 64), now() - interval '${10 - index} minutes')
         RETURNING id`,
      );
      const booking = { id: String(bookingRow.id) };
      await stack.sql(
        `INSERT INTO passengers (booking_id, seat_number, full_name)
         VALUES ('${booking.id}', 1, ${value(`Passenger ${index + 1}`)})`,
      );
      await stack.sql(
        `INSERT INTO payments (booking_id, provider, provider_ref, amount_minor, currency, status, kind)
         VALUES ('${booking.id}', 'simulated', ${value(`charge-${tag}-${index}`)}, ${amount}, 'USD', 'succeeded', 'charge'),
                ('${booking.id}', 'simulated', ${value(`failed-${tag}-${index}`)}, 999, 'USD', 'failed', 'charge')`,
      );
      const refund = feeCase.refunds[index];
      if (refund !== undefined)
        await stack.sql(
          `INSERT INTO payments (booking_id, provider, provider_ref, amount_minor, currency, status, kind)
           VALUES ('${booking.id}', 'simulated', ${value(`refund-${tag}-${index}`)}, ${refund}, 'USD', 'succeeded', 'refund')`,
        );
    }
    return invoiced.id;
  }

  it.each(CASES)('$name', async (feeCase) => {
    const launchId = await supplierWithLaunch(feeCase);
    const { response } = await stack.asAdmin.POST('/launches/{id}/transitions', {
      params: { path: { id: launchId } },
      body: { to: 'successful' },
    });
    expect(response.status).toBe(200);
    const { data } = await stack.asAdmin.GET('/invoices', { params: { query: { limit: 100 } } });
    const summary = data?.items.find((item) => item.launchId === launchId);
    const { data: invoice } = await stack.asAdmin.GET('/invoices/{id}', {
      params: { path: { id: summary!.id } },
    });
    const { expected } = feeCase;
    expect(invoice).toMatchObject({
      feeKind: 'launch_fee',
      currency: 'USD',
      grossRevenueMinor: expected.gross,
      refundsMinor: expected.refunds,
      netRevenueMinor: expected.net,
      rateBasisPoints: expected.rate,
      feeMinor: expected.fee,
      supplierReliable: expected.reliable,
      supplierTaxId: 'DE123456789',
      supplierLegalAddress: 'Hauptstraße 1, Berlin',
      launchSite: 'Cape',
      destination: 'LEO',
      rocketName: expect.stringMatching(/^Rocket /),
    });
    expect(invoice?.passengers.map((passenger) => passenger.fullName)).toEqual(
      feeCase.charges.map((_, index) => `Passenger ${index + 1}`),
    );
    expect((await stack.asAdmin.POST('/invoices/issuing-runs')).response.status).toBe(200);
    expect(
      (await stack.sql(`SELECT count(*)::int AS n FROM invoices WHERE launch_id = '${launchId}'`))[0].n,
    ).toBe(1);
  });
});
