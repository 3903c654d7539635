/** The holds of one launch that just expired, and the seats they gave up. */
export interface ExpiredHolds {
  launchId: string;
  bookings: number;
  seats: number;
}
