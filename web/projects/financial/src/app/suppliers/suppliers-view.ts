/** One supplier in the finance overview. */
export interface SupplierRow {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly launchCount: number;
  readonly rocketCount: number;
}

export interface SuppliersView {
  readonly suppliers: readonly SupplierRow[];
}

export const SUPPLIERS_VIEW_URL = '/bff/suppliers';
