import type { EmailCatalogue } from '../../shared/notification-outbox/email-catalogue.js';

/** Sent shortly before a confirmed booking's launch. */
export const BOOKING_REMINDER: EmailCatalogue<{
  missionName: string;
  launchTime: string;
  launchSite: string;
  seats: number;
  link: string;
}> = {
  en: ({ missionName, launchTime, launchSite, seats, link }) => ({
    subject: `Launch reminder: ${missionName}`,
    text: [
      `Your launch ${missionName} is coming up: ${launchTime}.`,
      `Launch site: ${launchSite}`,
      `Seats: ${seats}`,
      `Booking: ${link}`,
    ].join('\n'),
  }),
  es: ({ missionName, launchTime, launchSite, seats, link }) => ({
    subject: `Recordatorio de lanzamiento: ${missionName}`,
    text: [
      `Tu lanzamiento ${missionName} se acerca: ${launchTime}.`,
      `Sitio de lanzamiento: ${launchSite}`,
      `Asientos: ${seats}`,
      `Reserva: ${link}`,
    ].join('\n'),
  }),
};
