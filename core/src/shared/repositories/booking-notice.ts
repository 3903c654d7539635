/** A booking as it is written about in emails: its own facts and its launch's. */
export interface BookingNotice {
  id: string;
  customerEmail: string;
  seats: number;
  /** In minor units of `currency`. */
  amountMinor: number;
  currency: string;
  missionName: string;
  launchSite: string;
  scheduledAt: Date;
  siteTimeZone: string;
}
