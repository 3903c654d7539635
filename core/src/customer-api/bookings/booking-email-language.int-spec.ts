import { createAuthApiClient } from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BookingSystem, CUSTOMER_WEB_URL, type Customer } from '../../testing/booking-system.js';
import { waitForEmail } from '../../testing/mailbox.js';

describe('booking emails follow the account language', () => {
  const system = new BookingSystem();

  beforeAll(() => system.start(), 90_000);
  afterAll(() => system.stop(), 30_000);

  const chooseLanguage = (customer: Customer, language: 'en' | 'es') =>
    createAuthApiClient({ baseUrl: system.env.AUTH_API_URL, accessToken: customer.token }).PATCH(
      '/auth/me/preferences',
      { body: { language } },
    );

  it('confirms and cancels in Spanish once the customer switched their account to Spanish', async () => {
    const customer = await system.newCustomer();
    expect((await chooseLanguage(customer, 'es')).data).toEqual({ language: 'es' });
    const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 10, priceMinor: 123_450 });

    const booking = await system.confirmedBooking(customer, launch.id, 2);
    const confirmed = await waitForEmail(customer.email, `Reserva confirmada: ${launch.missionName}`);
    expect(confirmed.text).toContain(`Tu reserva de 2 asientos en ${launch.missionName} está confirmada.`);
    expect(confirmed.text).toContain('Pagado: 2469,00\u00a0US$');
    expect(confirmed.text).toContain(`Reserva: ${CUSTOMER_WEB_URL}/es/bookings/${booking.id}`);
    expect(confirmed.html).toContain('<html lang="es">');
    expect(confirmed.html).toContain(`<a href="${CUSTOMER_WEB_URL}/es/bookings/${booking.id}">`);

    expect((await system.call(customer, 'POST', `/bookings/${booking.id}/cancel`)).status).toBe(200);
    const cancelled = await waitForEmail(customer.email, `Reserva cancelada: ${launch.missionName}`);
    expect(cancelled.text).toContain('Reembolso:');
  }, 60_000);

  it('keeps writing in English to a customer who never chose a language', async () => {
    const customer = await system.newCustomer();
    const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 10 });

    const booking = await system.confirmedBooking(customer, launch.id);
    const confirmed = await waitForEmail(customer.email, `Booking confirmed: ${launch.missionName}`);
    expect(confirmed.text).toContain('Paid: $1,000.00');
    expect(confirmed.text).toContain(`Booking: ${CUSTOMER_WEB_URL}/bookings/${booking.id}`);
    expect(confirmed.html).toContain('<html lang="en">');
  }, 60_000);
});
