import type { EmailCatalogue } from '../../shared/notification-outbox/email-catalogue.js';

/** Sent once a booking's payment went through. */
export const BOOKING_CONFIRMED: EmailCatalogue<{
  missionName: string;
  seats: number;
  launchTime: string;
  paid: string;
  link: string;
}> = {
  en: ({ missionName, seats, launchTime, paid, link }) => ({
    subject: `Booking confirmed: ${missionName}`,
    text: [
      `Your booking of ${seats} seat(s) on ${missionName} is confirmed.`,
      `Launch: ${launchTime}`,
      `Paid: ${paid}`,
      `Booking: ${link}`,
    ].join('\n'),
  }),
  es: ({ missionName, seats, launchTime, paid, link }) => ({
    subject: `Reserva confirmada: ${missionName}`,
    text: [
      `Tu reserva de ${seats} ${seats === 1 ? 'asiento' : 'asientos'} en ${missionName} está confirmada.`,
      `Lanzamiento: ${launchTime}`,
      `Pagado: ${paid}`,
      `Reserva: ${link}`,
    ].join('\n'),
  }),
};
