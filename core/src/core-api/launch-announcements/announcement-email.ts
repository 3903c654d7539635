import type { Language } from '../../shared/model/language.js';
import { EMAIL_LOCALES } from '../../shared/notification-outbox/email-locale.js';
import { launchTimeText } from '../../shared/notification-outbox/launch-time-text.js';
import { localizedUrl } from '../../shared/notification-outbox/localized-url.js';
import { moneyText } from '../../shared/notification-outbox/money-text.js';
import type { OutgoingEmail } from '../../shared/notification-outbox/outgoing-email.js';
import { LAUNCH_ANNOUNCEMENT } from './launch-announcement.email.js';

export interface AnnouncedLaunch {
  id: string;
  missionName: string;
  destination: string;
  launchSite: string;
  scheduledAt: Date;
  siteTimeZone: string;
  /** In minor units of `currency`, as the launches table stores it. */
  pricePerSeatMinor: number;
  currency: string;
}

/** The news of a new launch in the customer's language, with a link to its public page. */
export function announcementEmail(
  to: string,
  language: Language,
  launch: AnnouncedLaunch,
  customerWebUrl: string,
): OutgoingEmail {
  const locale = EMAIL_LOCALES[language];
  return {
    to,
    language,
    ...LAUNCH_ANNOUNCEMENT[language]({
      missionName: launch.missionName,
      destination: launch.destination,
      launchTime: launchTimeText(launch.scheduledAt, launch.siteTimeZone, locale),
      launchSite: launch.launchSite,
      price: moneyText(launch.pricePerSeatMinor, launch.currency, locale),
      link: localizedUrl(customerWebUrl, language, `/launches/${launch.id}`),
    }),
  };
}
