export interface BookingsReportLine {
  readonly bookingId: string;
  readonly customerEmail: string;
  readonly leadPassenger: string;
  readonly seats: number;
  readonly status: string;
  readonly currency: string;
  readonly revenueMinor: number;
  readonly refundsMinor: number;
  readonly netMinor: number;
}

export interface BookingsReportTotal {
  readonly currency: string;
  readonly seats: number;
  readonly revenueMinor: number;
  readonly refundsMinor: number;
  readonly netMinor: number;
}

/** A successful launch's bookings: who booked, seats, what they paid and what was refunded. */
export interface BookingsReportView {
  readonly launchId: string;
  readonly missionName: string;
  readonly scheduledAt: string;
  readonly bookings: readonly BookingsReportLine[];
  readonly totals: readonly BookingsReportTotal[];
}

export const bookingsReportUrl = (id: string) => `/bff/launches/${encodeURIComponent(id)}/bookings-report`;
export const bookingsReportCsvUrl = (id: string) => `${bookingsReportUrl(id)}.csv`;
