import { launchTimeText } from '../../shared/notification-outbox/launch-time-text.js';
import type { OutgoingEmail } from '../../shared/notification-outbox/outgoing-email.js';

export interface AnnouncedLaunch {
  id: string;
  missionName: string;
  destination: string;
  launchSite: string;
  scheduledAt: Date;
  siteTimeZone: string;
  pricePerSeat: number;
  currency: string;
}

/** The news of a new launch, with a link to its public page. */
export function announcementEmail(
  to: string,
  launch: AnnouncedLaunch,
  customerWebUrl: string,
): OutgoingEmail {
  const price = new Intl.NumberFormat('en', { style: 'currency', currency: launch.currency }).format(
    launch.pricePerSeat,
  );
  return {
    to,
    subject: `New launch: ${launch.missionName}`,
    text: [
      `${launch.missionName} to ${launch.destination} is open for booking.`,
      `Launch: ${launchTimeText(launch.scheduledAt, launch.siteTimeZone)}`,
      `Launch site: ${launch.launchSite}`,
      `Price per seat: ${price}`,
      `Details: ${customerWebUrl}/launches/${launch.id}`,
    ].join('\n'),
  };
}
