import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import type { BookingDto } from '../bookings/booking.dto.js';
import { eventually } from '../../testing/eventually.js';
import type { CaughtEmail } from '../../testing/mailbox.js';
import { BookingSystem, CUSTOMER_WEB_URL, PAYMENT_WEBHOOK_SECRET } from '../../testing/booking-system.js';
import { testEnv } from '../../testing/test-env.js';
import { signWebhook } from './webhook-signature.js';

const THREE_DS_DELAY_MS = 1500;

describe('paying and cancelling bookings through the simulated card provider', () => {
  const system = new BookingSystem();

  beforeAll(() => system.start({ SIMULATED_3DS_DELAY_MS: String(THREE_DS_DELAY_MS) }), 90_000);
  afterAll(() => system.stop(), 30_000);

  const paymentsOf = async (bookingId: string) =>
    (
      await system.pool.query<{ kind: string; amount_minor: string; provider_ref: string }>(
        'SELECT kind, amount_minor, provider_ref FROM payments WHERE booking_id = $1 ORDER BY created_at',
        [bookingId],
      )
    ).rows;

  const postWebhook = (payload: string, signature: string) =>
    fetch(`${system.core.url}/payments/webhooks/simulated`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-simulated-signature': signature },
      body: payload,
    });

  const sessionsOf = async (bookingId: string) =>
    (
      await system.pool.query<{ id: string; status: string }>(
        'SELECT id, status FROM payment_sessions WHERE booking_id = $1 ORDER BY created_at',
        [bookingId],
      )
    ).rows;

  const emailsAbout = async (missionName: string) =>
    ((await (await fetch(`${testEnv('MAIL_WEB_URL')}/api/email`)).json()) as CaughtEmail[]).filter((email) =>
      email.subject.includes(missionName),
    );

  it('serves an accessible card form and sends the payer back to the booking page once paid', async () => {
    const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 10, priceMinor: 123_450 });
    const { booking, checkoutUrl } = await system.holdAndCheckout(system.vip, launch.id, 2);
    expect(checkoutUrl).toBe(`${system.core.url}/payments/simulated/${checkoutUrl.split('/').at(-1)}`);
    const page = await fetch(checkoutUrl);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<label for="cardNumber">Card number</label>');
    expect(html).toContain('$2,469.00');
    const paid = await system.payWithCard(checkoutUrl, '4242 4242 4242 4242');
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(`${CUSTOMER_WEB_URL}/bookings/${booking.id}?paid=1`);
    const confirmed = await system.call(system.vip, 'GET', `/bookings/${booking.id}`);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', amountMinor: 246_900 });
    expect(await paymentsOf(booking.id)).toEqual([
      expect.objectContaining({ kind: 'charge', amount_minor: '246900' }),
    ]);
  });

  it('keeps the booking held when the card is declined', async () => {
    const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 10 });
    const { booking, checkoutUrl } = await system.holdAndCheckout(system.vip, launch.id);
    const declined = await system.payWithCard(checkoutUrl, '4000 0000 0000 0002');
    expect(declined.status).toBe(422);
    expect(await declined.text()).toContain('Your card was declined');
    expect((await system.call(system.vip, 'GET', `/bookings/${booking.id}`)).body.status).toBe('held');
    expect(await paymentsOf(booking.id)).toEqual([]);
  });

  it('shows the 3-D Secure check in progress, sends the payer back when authenticated, then confirms the booking', async () => {
    const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 10 });
    const { booking, checkoutUrl } = await system.holdAndCheckout(system.vip, launch.id);
    const started = Date.now();
    const checking = await system.payWithCard(checkoutUrl, '4000000000003220');
    expect(checking.status).toBe(202);
    expect(checking.headers.get('cache-control')).toBe('no-store');
    const html = await checking.text();
    expect(html).toMatch(/<div id="bank-check" role="status" aria-live="polite">/);
    expect(html).toContain('<progress aria-label="Bank check in progress"></progress>');
    expect(html).toContain('Please keep this page open.');
    expect(html).toContain('<noscript><meta http-equiv="refresh" content="2"></noscript>');
    expect(html).not.toContain('name="cardNumber"');

    // The page asks again meanwhile, and a second submit of the card starts no second check.
    expect((await fetch(checkoutUrl, { redirect: 'manual' })).status).toBe(202);
    expect((await system.payWithCard(checkoutUrl, '4000000000003220')).status).toBe(202);

    const back = await eventually(async () => {
      const answer = await fetch(checkoutUrl, { redirect: 'manual' });
      if (answer.status !== 303) throw new Error(`still ${answer.status}`);
      return answer;
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(THREE_DS_DELAY_MS);
    expect(back.headers.get('location')).toBe(`${CUSTOMER_WEB_URL}/bookings/${booking.id}?paid=1`);
    // Back on the booking page before the gateway's webhook has confirmed it: the page has a wait to show.
    expect((await system.call(system.vip, 'GET', `/bookings/${booking.id}`)).body.status).toBe('held');
    await eventually(async () => {
      const { body } = await system.call<{ status: string }>(system.vip, 'GET', `/bookings/${booking.id}`);
      return body.status === 'confirmed' ? body : undefined;
    });
    expect(await paymentsOf(booking.id)).toEqual([expect.objectContaining({ kind: 'charge' })]);
  });

  it('records a redelivered webhook once and sends the confirmation email exactly once', async () => {
    const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 10 });
    const booking = await system.confirmedBooking(system.vip, launch.id);
    const [charge] = await paymentsOf(booking.id);
    const [session] = await sessionsOf(booking.id);
    const payload = JSON.stringify({
      id: charge.provider_ref,
      type: 'payment.succeeded',
      bookingId: booking.id,
      sessionId: session.id,
      amount: 100000,
      currency: 'USD',
    });
    for (let delivery = 0; delivery < 2; delivery += 1) {
      const response = await postWebhook(payload, signWebhook(payload, PAYMENT_WEBHOOK_SECRET));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ duplicate: true, outcome: 'duplicate' });
    }
    // A second submit of the same checkout page charges nothing either.
    const resubmit = await system.payWithCard(
      `${system.core.url}/payments/simulated/${session.id}`,
      '4242424242424242',
    );
    expect(resubmit.status).toBe(303);
    expect((await paymentsOf(booking.id)).map((payment) => payment.kind)).toEqual(['charge']);

    const confirmations = async () =>
      (await emailsAbout(launch.missionName)).filter((email) =>
        email.subject.startsWith('Booking confirmed'),
      );
    const email = await eventually(async () => (await confirmations()).at(0));
    expect(email.subject).toBe(`Booking confirmed: ${launch.missionName}`);
    expect(email.to[0].address).toBe(system.vip.email);
    expect(email.text).toContain(`${CUSTOMER_WEB_URL}/bookings/${booking.id}`);
    // Several dispatcher rounds later there is still just the one.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await confirmations()).toHaveLength(1);
  }, 40_000);

  it('rejects a webhook with a wrong or missing signature and records nothing', async () => {
    const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 10 });
    const { booking } = await system.holdAndCheckout(system.vip, launch.id);
    const payload = JSON.stringify({
      id: 'evt_forged',
      type: 'payment.succeeded',
      bookingId: booking.id,
      sessionId: randomUUID(),
      amount: 100000,
      currency: 'USD',
    });
    const forged = await postWebhook(payload, signWebhook(payload, 'not-the-webhook-secret'));
    expect(forged.status).toBe(400);
    expect(forged.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const unsigned = await fetch(`${system.core.url}/payments/webhooks/simulated`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: payload,
    });
    expect(unsigned.status).toBe(400);
    expect(await paymentsOf(booking.id)).toEqual([]);
    expect((await system.call(system.vip, 'GET', `/bookings/${booking.id}`)).body.status).toBe('held');
  });

  it('opens one checkout session however often checkout is called, and answers with the same page each time', async () => {
    const customer = await system.newCustomer();
    const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 10 });
    const { booking, checkoutUrl } = await system.holdAndCheckout(customer, launch.id);
    const again = await Promise.all(
      Array.from({ length: 8 }, () =>
        system.call<{ checkoutUrl: string }>(customer, 'POST', `/bookings/${booking.id}/checkout`),
      ),
    );
    for (const response of again) expect(response).toEqual({ status: 200, body: { checkoutUrl } });
    expect(await sessionsOf(booking.id)).toEqual([{ id: checkoutUrl.split('/').at(-1), status: 'open' }]);
  });

  describe('a payment event that does not match its booking', () => {
    let otherSession: string;
    beforeAll(async () => {
      const launch = await system.createLaunch({ daysAhead: 61, seatsTotal: 10 });
      const other = await system.holdAndCheckout(await system.newCustomer(), launch.id);
      otherSession = other.checkoutUrl.split('/').at(-1)!;
    });

    const rejectionLogged = async (bookingId: string) => {
      const coreDb = await mongoose.createConnection(system.env.CORE_DB_URL).asPromise();
      try {
        return await coreDb
          .collection('system_logs')
          .findOne({ eventType: 'booking.payment-rejected', 'details.bookingId': bookingId });
      } finally {
        await coreDb.close();
      }
    };

    it.each([
      {
        mismatch: 'an amount one cent short',
        event: (ownSession: string) => ({ sessionId: ownSession, amount: 149999, currency: 'USD' }),
        expected: () => ({ field: 'amount', expected: 150000, received: 149999 }),
      },
      {
        mismatch: 'another currency',
        event: (ownSession: string) => ({ sessionId: ownSession, amount: 150000, currency: 'EUR' }),
        expected: () => ({ field: 'currency', expected: 'USD', received: 'EUR' }),
      },
      {
        mismatch: 'the checkout session of another booking',
        event: () => ({ sessionId: otherSession, amount: 150000, currency: 'USD' }),
        expected: () => ({
          field: 'session',
          expected: 'a checkout session of this booking',
          received: otherSession,
        }),
      },
    ])(
      'with $mismatch is refunded and logged, leaves the booking held, and is acknowledged so it is not resent',
      async ({ event, expected }) => {
        const customer = await system.newCustomer();
        const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 10, priceMinor: 150_000 });
        const { booking, checkoutUrl } = await system.holdAndCheckout(customer, launch.id);
        const fields = event(checkoutUrl.split('/').at(-1)!);
        const eventId = `evt_${randomUUID()}`;
        const payload = JSON.stringify({
          id: eventId,
          type: 'payment.succeeded',
          bookingId: booking.id,
          ...fields,
        });

        const response = await postWebhook(payload, signWebhook(payload, PAYMENT_WEBHOOK_SECRET));
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ duplicate: false, outcome: 'rejected' });
        expect((await system.call(customer, 'GET', `/bookings/${booking.id}`)).body.status).toBe('held');
        const taken = String(fields.amount);
        expect((await paymentsOf(booking.id)).map((payment) => [payment.kind, payment.amount_minor])).toEqual(
          [
            ['charge', taken],
            ['refund', taken],
          ],
        );
        expect(await rejectionLogged(booking.id)).toMatchObject({
          actor: 'payment-provider:simulated-card',
          details: { bookingId: booking.id, eventId, mismatches: [expected()] },
        });
        // The customer can still pay the right amount, through a new checkout if that one was used up.
        const retry = await system.call<{ checkoutUrl: string }>(
          customer,
          'POST',
          `/bookings/${booking.id}/checkout`,
        );
        expect((await system.payWithCard(retry.body.checkoutUrl, '4242 4242 4242 4242')).status).toBe(303);
        expect((await system.call(customer, 'GET', `/bookings/${booking.id}`)).body.status).toBe('confirmed');
      },
    );
  });

  it.each([
    { daysAhead: 40, percent: 100 },
    { daysAhead: 10, percent: 50 },
    { daysAhead: 3, percent: 0 },
  ])(
    'refunds $percent% when a paid booking is cancelled $daysAhead days before the launch',
    async ({ daysAhead, percent }) => {
      const launch = await system.createLaunch({ daysAhead, seatsTotal: 8, priceMinor: 100_000 });
      const booking = await system.confirmedBooking(system.customer, launch.id, 2);
      const before = await system.call(system.customer, 'GET', `/bookings/${booking.id}`);
      expect(before.body.refundPolicy).toMatchObject({
        percentNow: percent,
        refundNowMinor: (200_000 * percent) / 100,
      });
      const cancelled = await system.call<BookingDto>(
        system.customer,
        'POST',
        `/bookings/${booking.id}/cancel`,
      );
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({
        status: 'cancelled',
        refundAmountMinor: (200_000 * percent) / 100,
      });
      const kinds = (await paymentsOf(booking.id)).map((payment) => [payment.kind, payment.amount_minor]);
      expect(kinds).toEqual(
        percent > 0
          ? [
              ['charge', '200000'],
              ['refund', String((200_000 * percent) / 100)],
            ]
          : [['charge', '200000']],
      );
      const seats = await system.pool.query('SELECT seats_sold FROM launches WHERE id = $1', [launch.id]);
      expect(seats.rows[0].seats_sold).toBe(0);
      const again = await system.call(system.customer, 'POST', `/bookings/${booking.id}/cancel`);
      expect(again.status).toBe(409);
    },
  );
  it.each([
    { priceMinor: 1999, currency: 'USD', price: '$19.99' },
    { priceMinor: 115, currency: 'USD', price: '$1.15' },
    { priceMinor: 5000, currency: 'JPY', price: '¥5,000' },
  ])(
    'refunds a $price seat cancelled 30 days or more ahead exactly, to the minor unit',
    async ({ priceMinor, currency, price }) => {
      const customer = await system.newCustomer();
      const launch = await system.createLaunch({ daysAhead: 40, seatsTotal: 4, priceMinor, currency });
      const booking = await system.confirmedBooking(customer, launch.id, 1);
      const cancelled = await system.call<BookingDto>(customer, 'POST', `/bookings/${booking.id}/cancel`);
      expect(cancelled.body).toMatchObject({
        amountMinor: priceMinor,
        refundAmountMinor: priceMinor,
        currency,
      });
      expect((await paymentsOf(booking.id)).map((payment) => [payment.kind, payment.amount_minor])).toEqual([
        ['charge', String(priceMinor)],
        ['refund', String(priceMinor)],
      ]);
      const row = await system.pool.query<{ amount_minor: string; refund_amount_minor: string }>(
        'SELECT amount_minor, refund_amount_minor FROM bookings WHERE id = $1',
        [booking.id],
      );
      expect(row.rows[0]).toEqual({
        amount_minor: String(priceMinor),
        refund_amount_minor: String(priceMinor),
      });
      const receipt = await eventually(async () =>
        (await emailsAbout(launch.missionName)).find((email) =>
          email.subject.startsWith('Booking cancelled'),
        ),
      );
      expect(receipt.text).toContain(price);
    },
  );

  it('cancels every booking of an aborted launch and refunds each paid one in full, even days before it', async () => {
    const launch = await system.createLaunch({ daysAhead: 3, seatsTotal: 8, priceMinor: 100_000 });
    const paid = await system.confirmedBooking(system.customer, launch.id, 2);
    const held = (await (
      await system.book(system.customer, { launchId: launch.id, seats: 1 })
    ).json()) as BookingDto;
    const cancelAll = () =>
      fetch(`${system.core.url}/bookings/launches/${launch.id}/cancel-all`, {
        method: 'POST',
        headers: { authorization: `Bearer ${system.systemToken}` },
      });
    expect((await cancelAll()).status).toBe(409);
    await system.pool.query(`UPDATE launches SET status = 'aborted' WHERE id = $1`, [launch.id]);
    const response = await cancelAll();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ cancelled: 2, refundedMinor: 200_000 });
    const after = await system.call(system.customer, 'GET', `/bookings/${paid.id}`);
    expect(after.body).toMatchObject({ status: 'cancelled', refundAmountMinor: 200_000 });
    expect((await system.call(system.customer, 'GET', `/bookings/${held.id}`)).body.status).toBe('cancelled');
    const seats = await system.pool.query('SELECT seats_sold FROM launches WHERE id = $1', [launch.id]);
    expect(seats.rows[0].seats_sold).toBe(0);
    const receipt = await eventually(async () =>
      (await emailsAbout(launch.missionName)).find((email) => email.subject.startsWith('Booking cancelled')),
    );
    expect(receipt.text).toContain('Refund: $2,000.00');
  }, 40_000);
});
