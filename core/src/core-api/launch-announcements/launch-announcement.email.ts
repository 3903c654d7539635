import type { EmailCatalogue } from '../../shared/notification-outbox/email-catalogue.js';

/** The news of a new launch, sent to every active customer. */
export const LAUNCH_ANNOUNCEMENT: EmailCatalogue<{
  missionName: string;
  destination: string;
  launchTime: string;
  launchSite: string;
  price: string;
  link: string;
}> = {
  en: ({ missionName, destination, launchTime, launchSite, price, link }) => ({
    subject: `New launch: ${missionName}`,
    text: [
      `${missionName} to ${destination} is open for booking.`,
      `Launch: ${launchTime}`,
      `Launch site: ${launchSite}`,
      `Price per seat: ${price}`,
      `Details: ${link}`,
    ].join('\n'),
  }),
  es: ({ missionName, destination, launchTime, launchSite, price, link }) => ({
    subject: `Nuevo lanzamiento: ${missionName}`,
    text: [
      `Ya puedes reservar ${missionName} con destino ${destination}.`,
      `Lanzamiento: ${launchTime}`,
      `Sitio de lanzamiento: ${launchSite}`,
      `Precio por asiento: ${price}`,
      `Detalles: ${link}`,
    ].join('\n'),
  }),
};
