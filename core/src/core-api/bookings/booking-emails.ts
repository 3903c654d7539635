import type { Language } from '../../shared/model/language.js';
import { EMAIL_LOCALES } from '../../shared/notification-outbox/email-locale.js';
import { launchTimeText } from '../../shared/notification-outbox/launch-time-text.js';
import { localizedUrl } from '../../shared/notification-outbox/localized-url.js';
import { moneyText } from '../../shared/notification-outbox/money-text.js';
import type { OutgoingEmail } from '../../shared/notification-outbox/outgoing-email.js';
import { BOOKING_CANCELLED } from './booking-cancelled.email.js';
import { BOOKING_CONFIRMED } from './booking-confirmed.email.js';
import { BOOKING_REMINDER } from './booking-reminder.email.js';

export interface BookingEmailFacts {
  bookingId: string;
  to: string;
  /** The recipient's, looked up when the email is staged. */
  language: Language;
  missionName: string;
  scheduledAt: Date;
  siteTimeZone: string;
  seats: number;
  /** In minor units of `currency`, as the bookings table stores it. */
  amountMinor: number;
  currency: string;
  customerWebUrl: string;
}

const bookingLink = (facts: Pick<BookingEmailFacts, 'customerWebUrl' | 'language' | 'bookingId'>) =>
  localizedUrl(facts.customerWebUrl, facts.language, `/bookings/${facts.bookingId}`);

const money = (minor: number, facts: BookingEmailFacts) =>
  moneyText(minor, facts.currency, EMAIL_LOCALES[facts.language]);

const launchTime = (facts: Pick<BookingEmailFacts, 'scheduledAt' | 'siteTimeZone' | 'language'>) =>
  launchTimeText(facts.scheduledAt, facts.siteTimeZone, EMAIL_LOCALES[facts.language]);

/** The confirmation a customer gets once their payment went through. */
export function confirmationEmail(facts: BookingEmailFacts): OutgoingEmail {
  return {
    to: facts.to,
    language: facts.language,
    ...BOOKING_CONFIRMED[facts.language]({
      missionName: facts.missionName,
      seats: facts.seats,
      launchTime: launchTime(facts),
      paid: money(facts.amountMinor, facts),
      link: bookingLink(facts),
    }),
  };
}

/** The receipt of a cancellation, with what is refunded (in minor units of the booking's currency). */
export function cancellationEmail(facts: BookingEmailFacts & { refundMinor: number }): OutgoingEmail {
  return {
    to: facts.to,
    language: facts.language,
    ...BOOKING_CANCELLED[facts.language]({
      missionName: facts.missionName,
      seats: facts.seats,
      refund: money(facts.refundMinor, facts),
      link: bookingLink(facts),
    }),
  };
}

/** The reminder a customer gets shortly before their launch. */
export function reminderEmail(
  facts: Omit<BookingEmailFacts, 'amountMinor' | 'currency'> & { launchSite: string },
): OutgoingEmail {
  return {
    to: facts.to,
    language: facts.language,
    ...BOOKING_REMINDER[facts.language]({
      missionName: facts.missionName,
      launchTime: launchTime(facts),
      launchSite: facts.launchSite,
      seats: facts.seats,
      link: bookingLink(facts),
    }),
  };
}
