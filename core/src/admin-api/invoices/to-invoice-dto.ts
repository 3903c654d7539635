import type { Invoice } from '../../shared/model/operations/invoice.entity.js';
import { balanceMinor, invoiceActions } from './invoice-actions.js';
import type { InvoiceDto, InvoiceSummaryDto } from './invoice.dto.js';
import type { InvoiceRecord } from './invoices.service.js';

export function toInvoiceSummaryDto(invoice: Invoice): InvoiceSummaryDto {
  return {
    id: invoice.id,
    number: invoice.number,
    supplierId: invoice.supplierId,
    supplierName: invoice.supplierName,
    launchId: invoice.launchId,
    missionName: invoice.missionName,
    feeKind: invoice.feeKind,
    status: invoice.status,
    currency: invoice.currency,
    feeMinor: invoice.feeMinor,
    paidMinor: invoice.paidMinor,
    balanceMinor: balanceMinor(invoice),
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
  };
}

/** The detail; only finance and admins act on invoices, so a supplier's copy offers no actions. */
export function toInvoiceDto({ invoice, payments, creditNote }: InvoiceRecord, mayAct: boolean): InvoiceDto {
  const actions = invoiceActions(invoice);
  return {
    ...toInvoiceSummaryDto(invoice),
    description: invoice.description,
    grossRevenueMinor: invoice.grossRevenueMinor,
    refundsMinor: invoice.refundsMinor,
    netRevenueMinor: invoice.netRevenueMinor,
    rateBasisPoints: invoice.rateBasisPoints,
    supplierReliable: invoice.supplierReliable,
    supplierLegalName: invoice.supplierLegalName,
    supplierTaxId: invoice.supplierTaxId,
    supplierLegalAddress: invoice.supplierLegalAddress,
    rocketName: invoice.rocketName,
    launchScheduledAt: invoice.launchScheduledAt?.toISOString() ?? null,
    launchSite: invoice.launchSite,
    destination: invoice.destination,
    passengers: invoice.passengers,
    payments: payments.map((payment) => ({
      id: payment.id,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      paidOn: payment.paidOn,
      reference: payment.reference,
      method: payment.method,
      recordedBy: payment.recordedBy,
      recordedAt: payment.createdAt.toISOString(),
    })),
    creditNote: creditNote && {
      number: creditNote.number,
      amountMinor: creditNote.amountMinor,
      currency: creditNote.currency,
      reason: creditNote.reason,
      issueDate: creditNote.issueDate,
    },
    voidReason: invoice.voidReason,
    actions: {
      canRecordPayment: mayAct && actions.canRecordPayment,
      canVoid: mayAct && actions.canVoid,
    },
  };
}
