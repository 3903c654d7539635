import type { LaunchRow } from './launches-view';

export interface LaunchDetail extends LaunchRow {
  readonly description: string;
  readonly launchSite: string;
  /** The launch site's IANA zone, in which suppliers enter and read the date. */
  readonly siteTimeZone: string;
  /** The date on the launch site's clocks, as a `datetime-local` control shows it (`YYYY-MM-DDTHH:mm`). */
  readonly siteWallTime: string;
  /** In minor units of `currency`. */
  readonly pricePerSeatMinor: number;
  readonly currency: string;
  readonly seatsAvailable: number;
  /** Whether its details may still change (the Admin API says so, and checks again on save). */
  readonly editable: boolean;
}

export interface StatusChange {
  readonly from: string | null;
  readonly to: string;
  readonly reason: string | null;
  readonly scheduledAt: string;
  readonly actor: string;
  readonly at: string;
}

export interface BookingRow {
  readonly id: string;
  readonly customerEmail: string;
  readonly seats: number;
  readonly status: string;
  /** In minor units of `currency`. */
  readonly amountMinor: number;
  readonly currency: string;
  readonly createdAt: string;
}

export interface ManifestRow {
  readonly seat: number;
  readonly fullName: string;
  readonly customerEmail: string;
}

export interface LaunchDetailView {
  readonly launch: LaunchDetail;
  readonly history: readonly StatusChange[];
  readonly bookings: readonly BookingRow[];
  readonly manifest: readonly ManifestRow[];
  /** Statuses the Admin API lets this launch move to now, its date rule included (it checks again). */
  readonly nextStatuses: readonly string[];
}

export const launchDetailUrl = (id: string) => `/bff/launches/${encodeURIComponent(id)}`;
export const manifestCsvUrl = (id: string) => `/bff/launches/${encodeURIComponent(id)}/manifest.csv`;
