/** One supplier in the finance overview. */
export interface SupplierRow {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly launchCount: number;
  readonly reliable: boolean;
  readonly successfulFlights: number;
  readonly failedFlights: number;
  /** What it still owes, one amount per currency; empty when settled. */
  readonly balances: ReadonlyArray<{ readonly currency: string; readonly outstandingMinor: number }>;
}

export interface SuppliersView {
  readonly suppliers: readonly SupplierRow[];
}

export const SUPPLIERS_VIEW_URL = '/bff/suppliers';
