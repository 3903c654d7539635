import { launchTimeText } from '../../shared/notification-outbox/launch-time-text.js';
import type { OutgoingEmail } from '../../shared/notification-outbox/outgoing-email.js';

export interface BookingEmailFacts {
  bookingId: string;
  to: string;
  missionName: string;
  scheduledAt: Date;
  siteTimeZone: string;
  seats: number;
  amount: number;
  currency: string;
  customerWebUrl: string;
}

const money = (amount: number, currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount);

/** The confirmation a customer gets once their payment went through. */
export function confirmationEmail(facts: BookingEmailFacts): OutgoingEmail {
  return {
    to: facts.to,
    subject: `Booking confirmed: ${facts.missionName}`,
    text: [
      `Your booking of ${facts.seats} seat(s) on ${facts.missionName} is confirmed.`,
      `Launch: ${launchTimeText(facts.scheduledAt, facts.siteTimeZone)}`,
      `Paid: ${money(facts.amount, facts.currency)}`,
      `Booking: ${facts.customerWebUrl}/bookings/${facts.bookingId}`,
    ].join('\n'),
  };
}

/** The receipt of a cancellation, with what is refunded. */
export function cancellationEmail(facts: BookingEmailFacts & { refund: number }): OutgoingEmail {
  return {
    to: facts.to,
    subject: `Booking cancelled: ${facts.missionName}`,
    text: [
      `Your booking of ${facts.seats} seat(s) on ${facts.missionName} is cancelled.`,
      `Refund: ${money(facts.refund, facts.currency)}`,
      `Booking: ${facts.customerWebUrl}/bookings/${facts.bookingId}`,
    ].join('\n'),
  };
}

/** The reminder a customer gets shortly before their launch. */
export function reminderEmail(
  facts: Omit<BookingEmailFacts, 'amount' | 'currency'> & { launchSite: string },
) {
  return {
    to: facts.to,
    subject: `Launch reminder: ${facts.missionName}`,
    text: [
      `Your launch ${facts.missionName} is coming up: ${launchTimeText(facts.scheduledAt, facts.siteTimeZone)}.`,
      `Launch site: ${facts.launchSite}`,
      `Seats: ${facts.seats}`,
      `Booking: ${facts.customerWebUrl}/bookings/${facts.bookingId}`,
    ].join('\n'),
  } satisfies OutgoingEmail;
}
