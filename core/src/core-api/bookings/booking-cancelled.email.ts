import type { EmailCatalogue } from '../../shared/notification-outbox/email-catalogue.js';

/** The receipt of a cancellation, with what is refunded. */
export const BOOKING_CANCELLED: EmailCatalogue<{
  missionName: string;
  seats: number;
  refund: string;
  link: string;
}> = {
  en: ({ missionName, seats, refund, link }) => ({
    subject: `Booking cancelled: ${missionName}`,
    text: [
      `Your booking of ${seats} seat(s) on ${missionName} is cancelled.`,
      `Refund: ${refund}`,
      `Booking: ${link}`,
    ].join('\n'),
  }),
  es: ({ missionName, seats, refund, link }) => ({
    subject: `Reserva cancelada: ${missionName}`,
    text: [
      `Tu reserva de ${seats} ${seats === 1 ? 'asiento' : 'asientos'} en ${missionName} está cancelada.`,
      `Reembolso: ${refund}`,
      `Reserva: ${link}`,
    ].join('\n'),
  }),
};
