/** A launch's seat count right after a change, with the version the catalog uses to ignore older counts. */
export interface SeatCount {
  launchId: string;
  seatsTotal: number;
  seatsSold: number;
  seatsVersion: number;
  /** In minor units of `currency`. */
  pricePerSeatMinor: number;
  currency: string;
}
