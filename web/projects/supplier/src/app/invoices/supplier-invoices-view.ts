/** One of the supplier's invoices in its list. */
export interface SupplierInvoiceRow {
  readonly id: string;
  readonly number: string;
  readonly missionName: string | null;
  readonly description: string;
  readonly status: string;
  readonly currency: string;
  readonly feeMinor: number;
  readonly balanceMinor: number;
  readonly issueDate: string;
  readonly dueDate: string;
}

export interface SupplierInvoicesView {
  readonly invoices: readonly SupplierInvoiceRow[];
}

export interface SupplierInvoiceDetailView {
  readonly invoice: SupplierInvoiceRow & {
    readonly paidMinor: number;
    readonly grossRevenueMinor: number;
    readonly refundsMinor: number;
    readonly netRevenueMinor: number;
    /** The fee rate as a fraction (0.01 = 1%); null for a fixed fee. */
    readonly rate: number | null;
    readonly feeKind: string;
  };
  readonly passengers: readonly string[];
  readonly payments: ReadonlyArray<{
    readonly id: string;
    readonly paidOn: string;
    readonly reference: string;
    readonly amountMinor: number;
    readonly currency: string;
  }>;
}

export const SUPPLIER_INVOICES_VIEW_URL = '/bff/invoices';
export const supplierInvoiceUrl = (id: string) => `${SUPPLIER_INVOICES_VIEW_URL}/${encodeURIComponent(id)}`;
export const supplierInvoicePdfUrl = (id: string) => `${supplierInvoiceUrl(id)}/pdf`;
