import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { eventually } from '../../testing/eventually.js';
import type { CaughtEmail } from '../../testing/mailbox.js';
import {
  BookingSystem,
  CUSTOMER_WEB_URL,
  PAYMENT_WEBHOOK_SECRET,
  type Customer,
} from '../../testing/booking-system.js';
import { testEnv } from '../../testing/test-env.js';
import { signWebhook } from '../payments/webhook-signature.js';
import type { ReceiptListDto } from './receipt.dto.js';

/** The default launch price of the booking system, in cents. */
const SEAT_PRICE_MINOR = 100_000;

describe("customers' receipts", () => {
  const system = new BookingSystem();

  beforeAll(() => system.start(), 90_000);
  afterAll(() => system.stop(), 30_000);

  const receiptsOf = async (customer: Customer, bookingId: string) =>
    (await system.call<ReceiptListDto>(customer, 'GET', `/bookings/${bookingId}/receipts`)).body.items;

  const receiptEmails = async (to: string, missionName: string) =>
    ((await (await fetch(`${testEnv('MAIL_WEB_URL')}/api/email`)).json()) as CaughtEmail[]).filter(
      (email) =>
        email.to.some((recipient) => recipient.address === to) &&
        /^(Refund receipt|Receipt) RC-/.test(email.subject) &&
        email.subject.endsWith(missionName),
    );

  const numberOf = (receipt: { number: string }) => Number(receipt.number.split('-').at(-1));

  const billing = (customer: Customer, method: 'GET' | 'PATCH', body?: unknown) =>
    fetch(`${system.authUrl}/auth/me/billing`, {
      method,
      headers: {
        authorization: `Bearer ${customer.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it('issues one receipt per paid booking, numbered consecutively across bookings, and emails it once', async () => {
    const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 10 });
    const first = await system.confirmedBooking(system.vip, launch.id, 2);
    const second = await system.confirmedBooking(system.customer, launch.id, 1);
    const [firstReceipt] = await receiptsOf(system.vip, first.id);
    const [secondReceipt] = await receiptsOf(system.customer, second.id);
    expect(firstReceipt).toMatchObject({
      kind: 'payment',
      amountMinor: 2 * SEAT_PRICE_MINOR,
      currency: 'USD',
      bookingId: first.id,
      payerEmail: system.vip.email,
      payerName: 'Valentina Vip',
      payerTaxId: 'FR98765432101',
      missionName: launch.missionName,
      seats: 2,
    });
    expect(firstReceipt.number).toMatch(new RegExp(`^RC-${new Date().getUTCFullYear()}-\\d{6}$`));
    expect(firstReceipt.paymentReference).toMatch(/\S/);
    expect(numberOf(secondReceipt)).toBe(numberOf(firstReceipt) + 1);

    const email = await eventually(async () =>
      (await receiptEmails(system.vip.email, launch.missionName)).at(0),
    );
    expect(email.subject).toBe(`Receipt ${firstReceipt.number}: ${launch.missionName}`);
    expect(email.text).toContain('Paid: $2,000.00');
    expect(email.text).toContain(`${CUSTOMER_WEB_URL}/bookings/${first.id}`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await receiptEmails(system.vip.email, launch.missionName)).toHaveLength(1);
  }, 40_000);

  it('issues no second receipt when the provider delivers the same payment event twice', async () => {
    const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 10 });
    const booking = await system.confirmedBooking(system.vip, launch.id);
    const { rows } = await system.pool.query<{ provider_ref: string }>(
      `SELECT provider_ref FROM payments WHERE booking_id = $1`,
      [booking.id],
    );
    const { rows: sessions } = await system.pool.query<{ id: string }>(
      `SELECT id FROM payment_sessions WHERE booking_id = $1`,
      [booking.id],
    );
    const payload = JSON.stringify({
      id: rows[0].provider_ref,
      type: 'payment.succeeded',
      bookingId: booking.id,
      sessionId: sessions[0].id,
      amount: SEAT_PRICE_MINOR,
      currency: 'USD',
    });
    const delivered = await fetch(`${system.core.url}/payments/webhooks/simulated`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-simulated-signature': signWebhook(payload, PAYMENT_WEBHOOK_SECRET),
      },
      body: payload,
    });
    expect(delivered.status).toBe(200);
    expect((await receiptsOf(system.vip, booking.id)).map((receipt) => receipt.kind)).toEqual(['payment']);
  });

  it('refunds a payment that arrives after its hold expired and issues its payment and refund receipts', async () => {
    const customer = await system.newCustomer();
    const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 10 });
    const { booking, checkoutUrl } = await system.holdAndCheckout(customer, launch.id);
    await system.pool.query(
      `UPDATE bookings SET hold_expires_at = now() - interval '1 second' WHERE id = $1`,
      [booking.id],
    );
    const expire = await fetch(`${system.core.url}/bookings/holds/expire`, {
      method: 'POST',
      headers: { authorization: `Bearer ${system.systemToken}` },
    });
    expect(expire.status).toBe(200);
    const payload = JSON.stringify({
      id: `evt_late_${booking.id}`,
      type: 'payment.succeeded',
      bookingId: booking.id,
      sessionId: checkoutUrl.split('/').at(-1),
      amount: SEAT_PRICE_MINOR,
      currency: 'USD',
    });
    const late = await fetch(`${system.core.url}/payments/webhooks/simulated`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-simulated-signature': signWebhook(payload, PAYMENT_WEBHOOK_SECRET),
      },
      body: payload,
    });
    expect(await late.json()).toEqual({ duplicate: false, outcome: 'refunded' });
    const receipts = await receiptsOf(customer, booking.id);
    expect(receipts.map(({ kind, amountMinor }) => [kind, amountMinor])).toEqual([
      ['payment', SEAT_PRICE_MINOR],
      ['refund', SEAT_PRICE_MINOR],
    ]);
    expect(numberOf(receipts[1])).toBe(numberOf(receipts[0]) + 1);
    // Without a profile, the receipt is made out to the address the booking was made with.
    expect(receipts[0]).toMatchObject({
      payerName: customer.email,
      payerTaxId: '',
      payerBillingAddress: null,
    });
    const emails = await eventually(async () => {
      const found = await receiptEmails(customer.email, launch.missionName);
      return found.length === 2 ? found : undefined;
    });
    expect(emails.map((email) => email.subject).sort()).toEqual([
      `Receipt ${receipts[0].number}: ${launch.missionName}`,
      `Refund receipt ${receipts[1].number}: ${launch.missionName}`,
    ]);
    expect(emails.find((email) => email.subject.startsWith('Refund'))?.text).toContain('Refunded: $1,000.00');
  }, 40_000);

  it('issues a refund receipt for a cancellation refund and for an abort refund, none for a refund of nothing', async () => {
    const soon = await system.createLaunch({ daysAhead: 3, seatsTotal: 10 });
    const far = await system.createLaunch({ daysAhead: 40, seatsTotal: 10 });
    const late = await system.confirmedBooking(system.customer, soon.id);
    expect((await system.call(system.customer, 'POST', `/bookings/${late.id}/cancel`)).status).toBe(200);
    expect((await receiptsOf(system.customer, late.id)).map((receipt) => receipt.kind)).toEqual(['payment']);

    const early = await system.confirmedBooking(system.customer, far.id, 2);
    expect((await system.call(system.customer, 'POST', `/bookings/${early.id}/cancel`)).status).toBe(200);
    expect(
      (await receiptsOf(system.customer, early.id)).map(({ kind, amountMinor }) => [kind, amountMinor]),
    ).toEqual([
      ['payment', 2 * SEAT_PRICE_MINOR],
      ['refund', 2 * SEAT_PRICE_MINOR],
    ]);

    const aborted = await system.createLaunch({ daysAhead: 20, seatsTotal: 10 });
    const grounded = await system.confirmedBooking(system.vip, aborted.id);
    await system.pool.query(`UPDATE launches SET status = 'aborted' WHERE id = $1`, [aborted.id]);
    const cancelAll = await fetch(`${system.core.url}/bookings/launches/${aborted.id}/cancel-all`, {
      method: 'POST',
      headers: { authorization: `Bearer ${system.systemToken}` },
    });
    expect(cancelAll.status).toBe(200);
    expect(
      (await receiptsOf(system.vip, grounded.id)).map(({ kind, amountMinor }) => [kind, amountMinor]),
    ).toEqual([
      ['payment', SEAT_PRICE_MINOR],
      ['refund', SEAT_PRICE_MINOR],
    ]);
  }, 60_000);

  it("answers 404 for the receipts of another customer's booking, as for a booking that does not exist", async () => {
    const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 10 });
    const booking = await system.confirmedBooking(system.vip, launch.id);
    const [receipt] = await receiptsOf(system.vip, booking.id);
    const list = await system.call(system.customer, 'GET', `/bookings/${booking.id}/receipts`);
    expect(list.status).toBe(404);
    const pdf = await fetch(`${system.customerApi.url}/bookings/${booking.id}/receipts/${receipt.id}/pdf`, {
      headers: { authorization: `Bearer ${system.customer.token}` },
    });
    expect(pdf.status).toBe(404);
    expect(pdf.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const badId = await system.call(system.vip, 'GET', `/bookings/not-a-uuid/receipts`);
    expect(badId.status).toBe(400);
  });

  it('serves a receipt as a PDF that names its number, in the language asked for', async () => {
    const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 10 });
    const booking = await system.confirmedBooking(system.vip, launch.id);
    const [receipt] = await receiptsOf(system.vip, booking.id);
    for (const language of ['en', 'es']) {
      const response = await fetch(
        `${system.customerApi.url}/bookings/${booking.id}/receipts/${receipt.id}/pdf?language=${language}`,
        { headers: { authorization: `Bearer ${system.vip.token}` } },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="${receipt.number}.pdf"`,
      );
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.toString('latin1')).toContain(receipt.number);
    }
    const wrongLanguage = await fetch(
      `${system.customerApi.url}/bookings/${booking.id}/receipts/${receipt.id}/pdf?language=fr`,
      { headers: { authorization: `Bearer ${system.vip.token}` } },
    );
    expect(wrongLanguage.status).toBe(400);
  });

  describe('billing details', () => {
    const details = {
      fullName: 'Carmen Cliente',
      phone: '+34 600 000 000',
      taxId: 'es 1234.5678-z',
      billingAddress: {
        line1: 'Calle Mayor 1',
        line2: '3º B',
        postalCode: '28013',
        city: 'Madrid',
        country: 'es',
      },
    };

    it('refuses a tax id outside its country format with the tax-id code, and a bad country', async () => {
      const response = await billing(system.customer, 'PATCH', {
        ...details,
        taxId: 'DE12345678',
        billingAddress: { ...details.billingAddress, country: 'Spain' },
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = (await response.json()) as { errors: Array<{ field: string; codes: string[] }> };
      expect(problem.errors.map(({ field, codes }) => [field, codes])).toEqual(
        expect.arrayContaining([
          ['taxId', ['tax-id']],
          ['billingAddress.country', ['format']],
        ]),
      );
    });

    it('stores them normalised, logs the change, and prints them on the next receipt', async () => {
      const saved = await billing(system.customer, 'PATCH', details);
      expect(saved.status).toBe(200);
      const expected = {
        ...details,
        taxId: 'ES12345678Z',
        billingAddress: { ...details.billingAddress, country: 'ES' },
      };
      expect(await saved.json()).toEqual(expected);
      expect(await (await billing(system.customer, 'GET')).json()).toEqual(expected);

      const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 10 });
      const booking = await system.confirmedBooking(system.customer, launch.id);
      const [receipt] = await receiptsOf(system.customer, booking.id);
      expect(receipt).toMatchObject({
        payerName: 'Carmen Cliente',
        payerTaxId: 'ES12345678Z',
        payerBillingAddress: expected.billingAddress,
      });

      const coreDb = await mongoose.createConnection(system.env.CORE_DB_URL).asPromise();
      try {
        const logged = await coreDb
          .collection('system_logs')
          .findOne({ eventType: 'auth.billing.changed', actor: `user:${system.customer.id}` });
        expect(logged?.details).toMatchObject({ fields: ['billingAddress', 'fullName', 'phone', 'taxId'] });
      } finally {
        await coreDb.close();
      }
    }, 40_000);

    it('publishes an address without a second line without one, as the contract says, on the account and the receipt', async () => {
      const { line2: _omitted, ...oneLine } = details.billingAddress;
      // `@IsOptional` lets a client send `line2: null`, which the document then keeps.
      const saved = await billing(system.customer, 'PATCH', {
        ...details,
        billingAddress: { ...oneLine, line2: null },
      });
      expect(saved.status).toBe(200);
      const published = { ...oneLine, country: 'ES' };
      expect(((await saved.json()) as { billingAddress: unknown }).billingAddress).toStrictEqual(published);
      const read = (await (await billing(system.customer, 'GET')).json()) as { billingAddress: unknown };
      expect(read.billingAddress).toStrictEqual(published);

      const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 10 });
      const booking = await system.confirmedBooking(system.customer, launch.id);
      const [receipt] = await receiptsOf(system.customer, booking.id);
      expect(receipt.payerBillingAddress).toStrictEqual(published);
    }, 40_000);

    it('is for customers only', async () => {
      const staff = await fetch(`${system.authUrl}/auth/me/billing`);
      expect(staff.status).toBe(401);
    });
  });
});
