/** A hold to insert; its seats are already taken from the launch by the same transaction. */
export interface NewHold {
  launchId: string;
  customerId: string;
  customerEmail: string;
  seats: number;
  holdMinutes: number;
  /** In minor units of `currency`. */
  amountMinor: number;
  currency: string;
  idempotencyKey: string;
  requestHash: string;
}
