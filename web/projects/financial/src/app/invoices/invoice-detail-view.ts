import { INVOICES_VIEW_URL, type InvoiceRow } from './invoices-view';

export interface InvoicePaymentRow {
  readonly id: string;
  readonly amountMinor: number;
  readonly currency: string;
  readonly paidOn: string;
  readonly reference: string;
  readonly method: string;
  readonly recordedBy: string;
}

export interface InvoiceDetail extends InvoiceRow {
  readonly description: string;
  readonly paidMinor: number;
  readonly grossRevenueMinor: number;
  readonly refundsMinor: number;
  readonly netRevenueMinor: number;
  /** The fee rate as a fraction (0.01 = 1%); null for a fixed fee. */
  readonly rate: number | null;
  readonly supplierReliable: boolean;
  readonly supplierLegalName: string;
  readonly supplierTaxId: string;
  readonly supplierLegalAddress: string;
  readonly rocketName: string | null;
  readonly launchScheduledAt: string | null;
  readonly launchSite: string | null;
  readonly destination: string | null;
  readonly voidReason: string | null;
  readonly creditNoteNumber: string | null;
}

export interface InvoiceDetailView {
  readonly invoice: InvoiceDetail;
  readonly passengers: readonly string[];
  readonly payments: readonly InvoicePaymentRow[];
  readonly canRecordPayment: boolean;
  readonly canVoid: boolean;
  readonly paymentMethods: readonly string[];
  /** Today in UTC, the latest date a payment can carry. */
  readonly today: string;
}

export const invoiceDetailUrl = (id: string) => `${INVOICES_VIEW_URL}/${encodeURIComponent(id)}`;
export const invoicePdfUrl = (id: string) => `${invoiceDetailUrl(id)}/pdf`;
