/** Where an invoice to a supplier is: settled by payments, overdue past its due date, or voided by a credit note. */
export const INVOICE_STATUSES = ['issued', 'partially_paid', 'paid', 'overdue', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** Statuses that still expect money from the supplier. */
export const OPEN_INVOICE_STATUSES: readonly InvoiceStatus[] = ['issued', 'partially_paid', 'overdue'];

/** What an invoice charges: the fee on a successful launch, the fixed fee on an aborted one, or one by hand. */
export const FEE_KINDS = ['launch_fee', 'abort_fee', 'manual'] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

/** How suppliers pay the platform. */
export const INVOICE_PAYMENT_METHODS = ['bank_transfer', 'card', 'cheque', 'other'] as const;
export type InvoicePaymentMethod = (typeof INVOICE_PAYMENT_METHODS)[number];
