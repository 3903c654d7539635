import type { Invoice } from '../../shared/model/operations/invoice.entity.js';

/** What an issuer decides about a new invoice; the number, status, payments and audit fields come at insert. */
export type InvoiceDraft = Pick<
  Invoice,
  | 'supplierId'
  | 'launchId'
  | 'feeKind'
  | 'currency'
  | 'grossRevenueMinor'
  | 'refundsMinor'
  | 'netRevenueMinor'
  | 'rateBasisPoints'
  | 'feeMinor'
  | 'supplierReliable'
  | 'description'
  | 'supplierName'
  | 'supplierLegalName'
  | 'supplierTaxId'
  | 'supplierLegalAddress'
  | 'missionName'
  | 'rocketName'
  | 'launchScheduledAt'
  | 'launchSite'
  | 'destination'
  | 'passengers'
  | 'issueDate'
  | 'dueDate'
>;

/** Who asked for a document: kept on invoices, payments and credit notes for the audit. */
export interface DocumentOrigin {
  /** `user:<id>`, an API key or service id, or `job:<type>`. */
  actor: string;
  requestId: string | undefined;
}
