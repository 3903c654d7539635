import {
  cancellationEmail,
  confirmationEmail,
  reminderEmail,
  type BookingEmailFacts,
} from './booking-emails.js';

const facts = (language: 'en' | 'es'): BookingEmailFacts => ({
  bookingId: 'b-1',
  to: 'cas@example.test',
  language,
  missionName: 'Artemis Tour',
  scheduledAt: new Date('2026-07-01T01:00:00Z'),
  siteTimeZone: 'Asia/Tokyo',
  seats: 2,
  amountMinor: 2_469_050,
  currency: 'USD',
  customerWebUrl: 'https://app.test',
});

describe('booking emails', () => {
  it('confirm a booking in English with the price, launch time and a root link', () => {
    const email = confirmationEmail(facts('en'));
    expect(email.subject).toBe('Booking confirmed: Artemis Tour');
    expect(email.text).toContain('Your booking of 2 seat(s) on Artemis Tour is confirmed.');
    expect(email.text).toContain('Paid: $24,690.50');
    expect(email.text).toContain('Wed, Jul 1, 2026, 10:00 GMT+9 (Asia/Tokyo time)');
    expect(email.text).toContain('Booking: https://app.test/bookings/b-1');
  });

  it('confirm a booking in Spanish with Spanish money, dates and a link to the Spanish page', () => {
    const email = confirmationEmail(facts('es'));
    expect(email.subject).toBe('Reserva confirmada: Artemis Tour');
    expect(email.text).toContain('Tu reserva de 2 asientos en Artemis Tour está confirmada.');
    expect(email.text).toContain('Pagado: 24.690,50\u00a0US$');
    expect(email.text).toContain('Lanzamiento: mié, 1 jul 2026, 10:00 GMT+9 (hora de Asia/Tokyo)');
    expect(email.text).toContain('Reserva: https://app.test/es/bookings/b-1');
  });

  it('write the refund of a cancellation in the reader language', () => {
    expect(cancellationEmail({ ...facts('en'), refundMinor: 1_234_525 }).text).toContain(
      'Refund: $12,345.25',
    );
    const spanish = cancellationEmail({ ...facts('es'), seats: 1, refundMinor: 1_234_525 });
    expect(spanish.subject).toBe('Reserva cancelada: Artemis Tour');
    expect(spanish.text).toContain('Tu reserva de 1 asiento en Artemis Tour está cancelada.');
    expect(spanish.text).toContain('Reembolso: 12.345,25\u00a0US$');
    expect(spanish.text).toContain('https://app.test/es/bookings/b-1');
  });

  it('write money without decimals in currencies that have none', () => {
    expect(confirmationEmail({ ...facts('es'), amountMinor: 150000, currency: 'JPY' }).text).toContain(
      'Pagado: 150.000\u00a0JPY',
    );
  });

  it('remind of a launch in Spanish with the site and the Spanish booking page', () => {
    const email = reminderEmail({ ...facts('es'), launchSite: 'Tanegashima' });
    expect(email.subject).toBe('Recordatorio de lanzamiento: Artemis Tour');
    expect(email.text).toContain('Tu lanzamiento Artemis Tour se acerca: mié, 1 jul 2026, 10:00 GMT+9');
    expect(email.text).toContain('Sitio de lanzamiento: Tanegashima');
    expect(email.text).toContain('Reserva: https://app.test/es/bookings/b-1');
    expect(reminderEmail({ ...facts('en'), launchSite: 'Tanegashima' }).subject).toBe(
      'Launch reminder: Artemis Tour',
    );
  });
});
