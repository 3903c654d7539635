/** One invoice in finance's list. */
export interface InvoiceRow {
  readonly id: string;
  readonly number: string;
  readonly supplierName: string;
  readonly missionName: string | null;
  readonly feeKind: string;
  readonly status: string;
  readonly currency: string;
  readonly feeMinor: number;
  readonly balanceMinor: number;
  readonly issueDate: string;
  readonly dueDate: string;
}

export interface SupplierChoice {
  readonly id: string;
  readonly name: string;
}

/** The filters as applied, so the form shows them again. */
export interface InvoiceFilters {
  readonly supplierId: string;
  readonly status: string;
  readonly from: string;
  readonly to: string;
  readonly q: string;
}

export interface InvoicesView {
  readonly invoices: readonly InvoiceRow[];
  readonly total: number;
  readonly suppliers: readonly SupplierChoice[];
  readonly statuses: readonly string[];
  readonly filters: InvoiceFilters;
}

export const INVOICES_VIEW_URL = '/bff/invoices';

/** The view of the list with the page's query string, so a GET filter form is a plain link. */
export const invoicesViewUrl = (search: string) => `${INVOICES_VIEW_URL}${search}`;
