import type { Invoice } from '../../shared/model/operations/invoice.entity.js';
import { OPEN_INVOICE_STATUSES } from '../../shared/rules/invoice-status.js';

/** What is still owed: nothing once paid or void. */
export function balanceMinor(invoice: Pick<Invoice, 'status' | 'feeMinor' | 'paidMinor'>): number {
  return invoice.status === 'void' ? 0 : invoice.feeMinor - invoice.paidMinor;
}

/**
 * What finance may do with the invoice now: the same conditions the updates check, so a page offers only what
 * the API will accept. An invoice with payments is not voided: the money received needs a credit by hand.
 */
export function invoiceActions(invoice: Pick<Invoice, 'status' | 'feeMinor' | 'paidMinor'>) {
  return {
    canRecordPayment: OPEN_INVOICE_STATUSES.includes(invoice.status) && balanceMinor(invoice) > 0,
    canVoid: invoice.status !== 'void' && invoice.paidMinor === 0,
  };
}
