import { ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { FieldRefusalException } from '../../platform/problem/field-refusal.exception.js';
import type { Principal } from '../../platform/security/principal.js';
import type { Invoice } from '../../shared/model/operations/invoice.entity.js';
import { EMAIL_LOCALES } from '../../shared/notification-outbox/email-locale.js';
import { moneyText } from '../../shared/notification-outbox/money-text.js';
import { supplierScope } from '../suppliers/supplier-scope.js';
import type { DocumentOrigin } from './invoice-draft.js';
import type { InvoiceListQueryDto, RecordInvoicePaymentDto } from './invoice-requests.dto.js';
import { InvoicesRepository } from './invoices.repository.js';
import { invoiceActions } from './invoice-actions.js';

/** An invoice with what belongs to it, as the detail page and the PDF show it. */
export interface InvoiceRecord {
  invoice: Invoice;
  payments: Awaited<ReturnType<InvoicesRepository['payments']>>;
  creditNote: Awaited<ReturnType<InvoicesRepository['creditNote']>>;
}

/**
 * Reads invoices within the caller's scope (finance and admins: every one; supplier staff: their own, another
 * supplier's reads as absent), records suppliers' payments and voids invoices.
 */
@Injectable()
export class InvoicesService {
  private readonly logger = new Logger(InvoicesService.name);

  constructor(private readonly invoices: InvoicesRepository) {}

  list(principal: Principal, query: InvoiceListQueryDto) {
    const own = ownSupplier(principal);
    return this.invoices.list({
      supplierId: own ?? query.supplierId,
      status: query.status,
      from: query.from,
      to: query.to,
      q: query.q,
      limit: query.limit ?? 20,
      offset: query.offset ?? 0,
    });
  }

  async get(principal: Principal, id: string): Promise<InvoiceRecord> {
    const invoice = await this.invoices.find(id, ownSupplier(principal));
    if (!invoice) throw new NotFoundException(`No invoice ${id}.`);
    const [payments, creditNote] = await Promise.all([
      this.invoices.payments(id),
      this.invoices.creditNote(id),
    ]);
    return { invoice, payments, creditNote };
  }

  /**
   * Records the payment and moves the status in one conditional update; when it refuses, the reason is read
   * afterwards only to explain it, so nothing decided here depends on a stale read.
   */
  async recordPayment(
    id: string,
    payment: RecordInvoicePaymentDto,
    origin: DocumentOrigin,
    today: string,
  ): Promise<Invoice> {
    FieldRefusalException.throwIfAny(422, [
      payment.paidOn > today
        ? { field: 'paidOn', code: 'in-future', message: 'The payment date cannot be in the future.' }
        : undefined,
    ]);
    const reference = payment.reference.trim();
    FieldRefusalException.throwIfAny(422, [
      reference
        ? undefined
        : { field: 'reference', code: 'required', message: 'Enter the payment reference.' },
    ]);
    const updated = await this.invoices.transaction((manager) =>
      this.invoices.addPayment(manager, id, { ...payment, reference }, origin, today),
    );
    if (!updated) throw await this.paymentRefusal(id, payment);
    this.logger.log(
      `payment of ${payment.amountMinor} ${payment.currency} (${payment.method}, ${reference}) recorded on invoice ` +
        `${updated.number} by ${origin.actor} [request ${origin.requestId ?? '-'}]; now ${updated.status}`,
    );
    return updated;
  }

  /** Voids an unpaid invoice with a credit note; a void one or one with payments is a 409 conflict. */
  async void(id: string, reason: string, origin: DocumentOrigin, today: string): Promise<Invoice> {
    const why = reason.trim();
    FieldRefusalException.throwIfAny(422, [
      why ? undefined : { field: 'reason', code: 'required', message: 'Say why the invoice is voided.' },
    ]);
    const result = await this.invoices.transaction((manager) =>
      this.invoices.voidWithCreditNote(manager, id, why, origin, today),
    );
    if (!result) {
      const invoice = await this.invoices.find(id);
      if (!invoice) throw new NotFoundException(`No invoice ${id}.`);
      if (invoice.status === 'void')
        throw new ConflictException(`Invoice ${invoice.number} is already void.`);
      throw new ConflictException(
        `Invoice ${invoice.number} has payments recorded, so it cannot be voided; issue a credit by hand.`,
      );
    }
    this.logger.log(
      `invoice ${result.invoice.number} voided by ${origin.actor} with credit note ${result.creditNote.number} ` +
        `[request ${origin.requestId ?? '-'}]`,
    );
    return result.invoice;
  }

  private async paymentRefusal(id: string, payment: RecordInvoicePaymentDto): Promise<Error> {
    const invoice = await this.invoices.find(id);
    if (!invoice) return new NotFoundException(`No invoice ${id}.`);
    if (!invoiceActions(invoice).canRecordPayment)
      return new ConflictException(`Invoice ${invoice.number} is ${invoice.status}: it takes no payments.`);
    if (payment.currency !== invoice.currency)
      return new FieldRefusalException(422, [
        {
          field: 'currency',
          code: 'currency-mismatch',
          message: `Invoice ${invoice.number} is in ${invoice.currency}.`,
        },
      ]);
    const balance = moneyText(invoice.feeMinor - invoice.paidMinor, invoice.currency, EMAIL_LOCALES.en);
    return new FieldRefusalException(422, [
      {
        field: 'amountMinor',
        code: 'above-balance',
        message: `The payment is more than the balance of ${balance}.`,
      },
    ]);
  }
}

/** Supplier staff see only their own supplier's invoices; finance and admins see every one. */
function ownSupplier(principal: Principal): string | undefined {
  if (principal.roles.includes('finance') || principal.roles.includes('admin')) return undefined;
  return supplierScope(principal);
}
