/** What the home page needs from the catalogue: the BFF trims the API's launches down to this. */
export interface UpcomingLaunch {
  readonly id: string;
  readonly missionName: string;
  readonly supplierName: string;
  readonly rocketName: string;
  readonly destination: string;
  readonly launchSite: string;
  /** The launch site's IANA zone, in which the launch time is shown first. */
  readonly siteTimeZone: string;
  readonly scheduledAt: string;
  /** In minor units of `currency`. */
  readonly pricePerSeatMinor: number;
  readonly currency: string;
  readonly seatsAvailable: number;
  readonly seatsTotal: number;
}

export interface HomeView {
  readonly launches: readonly UpcomingLaunch[];
  readonly total: number;
}

export const HOME_VIEW_URL = '/bff/home';
