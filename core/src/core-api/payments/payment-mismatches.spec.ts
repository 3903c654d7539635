import type { PaymentEvent } from './payment-provider.js';
import { paymentMismatches } from './payment-mismatches.js';

const booking = { amountMinor: 123450, currency: 'USD' };
const event: PaymentEvent = {
  id: 'evt_1',
  type: 'payment.succeeded',
  bookingId: '7f1c2d7e-0000-4000-8000-000000000001',
  sessionId: '7f1c2d7e-0000-4000-8000-000000000002',
  amount: 123450,
  currency: 'USD',
};

describe('payment mismatches', () => {
  it('finds none when the event pays the booking’s amount in its currency through its checkout', () => {
    expect(paymentMismatches(booking, event, true)).toEqual([]);
  });

  it('reports an amount that is one cent short, in minor units', () => {
    expect(paymentMismatches(booking, { ...event, amount: 123449 }, true)).toEqual([
      { field: 'amount', expected: 123450, received: 123449 },
    ]);
  });

  it('reports another currency and another checkout session', () => {
    expect(paymentMismatches(booking, { ...event, currency: 'EUR' }, false)).toEqual([
      { field: 'currency', expected: 'USD', received: 'EUR' },
      { field: 'session', expected: 'a checkout session of this booking', received: event.sessionId },
    ]);
  });
});
