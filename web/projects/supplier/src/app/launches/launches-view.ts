/** One row of the supplier's launches table. */
export interface LaunchRow {
  readonly id: string;
  readonly missionName: string;
  readonly rocketName: string;
  readonly destination: string;
  readonly scheduledAt: string;
  /** The launch site's IANA zone: the table shows the date on the site's clocks. */
  readonly siteTimeZone: string;
  readonly status: string;
  readonly seatsTotal: number;
  readonly seatsSold: number;
  readonly minimumOccupancy: number;
  /** Seats sold over seats offered, from 0 to 1. */
  readonly occupancyRate: number;
  readonly viable: boolean;
}

/** The dashboard's filters, as the GET form sends them (dates as `yyyy-mm-dd`, UTC days). */
export interface LaunchFilters {
  readonly status?: string;
  readonly from?: string;
  readonly to?: string;
  readonly sort?: 'scheduledAt' | 'occupancy';
}

export interface LaunchesView {
  readonly launches: readonly LaunchRow[];
  /** Every launch status in lifecycle order, as the Admin API's contract lists them (for the filter). */
  readonly statuses: readonly string[];
}

export const LAUNCHES_VIEW_URL = '/bff/launches';

/** Statuses of launches that have not flown or been called off: the ones whose occupancy still matters. */
export const OPEN_STATUSES: readonly string[] = ['scheduled', 'confirmed', 'delayed'];
