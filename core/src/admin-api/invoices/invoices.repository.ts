import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../../platform/database/query-rows.js';
import { CreditNote } from '../../shared/model/operations/credit-note.entity.js';
import { InvoicePayment } from '../../shared/model/operations/invoice-payment.entity.js';
import { Invoice } from '../../shared/model/operations/invoice.entity.js';
import type { OutgoingEmail } from '../../shared/notification-outbox/outgoing-email.js';
import type { InvoicePaymentMethod, InvoiceStatus } from '../../shared/rules/invoice-status.js';
import {
  DOCUMENT_SERIES,
  nextDocumentNumber,
} from '../../shared/repositories/document-numbers.repository.js';
import type { DocumentOrigin, InvoiceDraft } from './invoice-draft.js';

const ADMIN_API_ORIGIN = 'admin-api';

export interface InvoiceFilters {
  supplierId?: string;
  status?: InvoiceStatus;
  /** Issue dates, inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Part of the number, e.g. `000042` or `AB-2027`. */
  q?: string;
  limit: number;
  offset: number;
}

export interface NewInvoicePayment {
  amountMinor: number;
  currency: string;
  paidOn: string;
  reference: string;
  method: InvoicePaymentMethod;
}

/** An overdue invoice due a reminder for one interval, with where to send it. */
export interface DueReminder {
  invoice: Invoice;
  intervalKey: string;
  contactEmail: string;
}

/**
 * The only SQL on the invoice tables. Every change of an invoice is one conditional statement, so the rule it
 * checks (not void, not above the fee, still unpaid) holds against concurrent callers without a read first.
 */
@Injectable()
export class InvoicesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** For reads outside a transaction. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Numbers and stores the invoice; undefined when an automatic one for the launch and fee kind exists. The
   * caller must then roll back, or the number taken here would be skipped.
   */
  async insert(
    manager: EntityManager,
    draft: InvoiceDraft,
    origin: DocumentOrigin,
  ): Promise<Invoice | undefined> {
    const number = await nextDocumentNumber(
      manager,
      DOCUMENT_SERIES.invoice,
      Number(draft.issueDate.slice(0, 4)),
    );
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Invoice)
      .values({
        ...draft,
        number,
        createdBy: origin.actor,
        originService: ADMIN_API_ORIGIN,
        requestId: origin.requestId ?? null,
      })
      .orIgnore()
      .returning('id')
      .execute();
    const [row] = result.raw as Array<{ id: string }>;
    return row ? manager.findOneByOrFail(Invoice, { id: row.id }) : undefined;
  }

  /** Launches that reached successful or aborted and have no invoice for that outcome yet. */
  async launchesMissingInvoices(): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource.manager,
      `SELECT l.id FROM launches l
       WHERE l.status IN ('successful', 'aborted')
         AND NOT EXISTS (
           SELECT 1 FROM invoices i WHERE i.launch_id = l.id
             AND i.fee_kind = CASE l.status WHEN 'successful' THEN 'launch_fee' ELSE 'abort_fee' END)
       ORDER BY l.scheduled_at, l.id`,
    );
    return rows.map((row) => row.id);
  }

  async list(filters: InvoiceFilters): Promise<{ items: Invoice[]; total: number }> {
    const query = this.dataSource.manager.createQueryBuilder(Invoice, 'i');
    if (filters.supplierId) query.andWhere('i.supplier_id = :supplierId', { supplierId: filters.supplierId });
    if (filters.status) query.andWhere('i.status = :status', { status: filters.status });
    if (filters.from) query.andWhere('i.issue_date >= :from', { from: filters.from });
    if (filters.to) query.andWhere('i.issue_date <= :to', { to: filters.to });
    if (filters.q) {
      const escaped = filters.q.trim().replace(/[\\%_]/g, (char) => `\\${char}`);
      query.andWhere('i.number ILIKE :q', { q: `%${escaped}%` });
    }
    const [items, total] = await query
      .orderBy('i.issue_date', 'DESC')
      .addOrderBy('i.number', 'DESC')
      .take(filters.limit)
      .skip(filters.offset)
      .getManyAndCount();
    return { items, total };
  }

  /** One invoice, only within `supplierId` when given, so another supplier's reads as absent. */
  find(id: string, supplierId?: string, manager = this.dataSource.manager): Promise<Invoice | null> {
    return manager.findOneBy(Invoice, supplierId ? { id, supplierId } : { id });
  }

  payments(invoiceId: string): Promise<InvoicePayment[]> {
    return this.dataSource.manager.find(InvoicePayment, {
      where: { invoiceId },
      order: { paidOn: 'ASC', createdAt: 'ASC' },
    });
  }

  creditNote(invoiceId: string): Promise<CreditNote | null> {
    return this.dataSource.manager.findOneBy(CreditNote, { invoiceId });
  }

  /**
   * Adds the payment to the invoice if it fits the balance, is in its currency and the invoice is not void, and
   * sets the status it leads to; undefined when any of that failed and nothing changed.
   */
  async addPayment(
    manager: EntityManager,
    invoiceId: string,
    payment: NewInvoicePayment,
    origin: DocumentOrigin,
    today: string,
  ): Promise<Invoice | undefined> {
    const updated = await queryRows<{ id: string }>(
      manager,
      `UPDATE invoices SET
         paid_minor = paid_minor + $2,
         status = CASE
           WHEN paid_minor + $2 = fee_minor THEN 'paid'
           WHEN due_date < $4::date THEN 'overdue'
           ELSE 'partially_paid' END,
         updated_at = now()
       WHERE id = $1 AND status <> 'void' AND currency = $3 AND paid_minor + $2 <= fee_minor
       RETURNING id`,
      [invoiceId, payment.amountMinor, payment.currency, today],
    );
    if (updated.length === 0) return undefined;
    await manager.insert(InvoicePayment, {
      invoiceId,
      ...payment,
      recordedBy: origin.actor,
      originService: ADMIN_API_ORIGIN,
      requestId: origin.requestId ?? null,
    });
    return manager.findOneByOrFail(Invoice, { id: invoiceId });
  }

  /**
   * Voids an unpaid invoice and stores its credit note under the next CN number; undefined (and the caller
   * rolls back) when it is void already or has payments.
   */
  async voidWithCreditNote(
    manager: EntityManager,
    invoiceId: string,
    reason: string,
    origin: DocumentOrigin,
    today: string,
  ): Promise<{ invoice: Invoice; creditNote: CreditNote } | undefined> {
    const updated = await queryRows<{ id: string; fee_minor: string; currency: string }>(
      manager,
      `UPDATE invoices SET status = 'void', void_reason = $2, voided_at = now(), updated_at = now()
       WHERE id = $1 AND status <> 'void' AND paid_minor = 0
       RETURNING id, fee_minor, currency`,
      [invoiceId, reason],
    );
    const [row] = updated;
    if (!row) return undefined;
    const number = await nextDocumentNumber(manager, DOCUMENT_SERIES.creditNote, Number(today.slice(0, 4)));
    const creditNote = await manager.save(
      manager.create(CreditNote, {
        number,
        invoiceId,
        amountMinor: Number(row.fee_minor),
        currency: row.currency,
        reason,
        issueDate: today,
        createdBy: origin.actor,
        originService: ADMIN_API_ORIGIN,
        requestId: origin.requestId ?? null,
      }),
    );
    return { invoice: await manager.findOneByOrFail(Invoice, { id: invoiceId }), creditNote };
  }

  /** Moves every unpaid invoice past its due date to overdue; returns how many moved. */
  async markOverdue(today: string): Promise<number> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource.manager,
      `UPDATE invoices SET status = 'overdue', updated_at = now()
       WHERE status IN ('issued', 'partially_paid') AND due_date < $1::date
       RETURNING id`,
      [today],
    );
    return rows.length;
  }

  /**
   * Overdue invoices whose supplier has a contact address, each with the interval it is in: `w0` for the
   * first six days past due, `w1` for the next seven, and so on, so a reminder goes out once a week.
   */
  async dueReminders(today: string): Promise<DueReminder[]> {
    const rows = await queryRows<{ id: string; interval_key: string; contact_email: string }>(
      this.dataSource.manager,
      `SELECT i.id, 'w' || (($1::date - i.due_date - 1) / 7) AS interval_key, s.contact_email
       FROM invoices i JOIN suppliers s ON s.id = i.supplier_id
       WHERE i.status = 'overdue' AND i.due_date < $1::date AND s.contact_email IS NOT NULL
         AND NOT EXISTS (
           SELECT 1 FROM invoice_reminders r
           WHERE r.invoice_id = i.id AND r.interval_key = 'w' || (($1::date - i.due_date - 1) / 7))
       ORDER BY i.due_date, i.number`,
      [today],
    );
    const invoices = new Map(
      (
        await this.dataSource.manager.findBy(
          Invoice,
          rows.map((row) => ({ id: row.id })),
        )
      ).map((invoice) => [invoice.id, invoice]),
    );
    return rows.map((row) => ({
      invoice: invoices.get(row.id)!,
      intervalKey: row.interval_key,
      contactEmail: row.contact_email,
    }));
  }

  /**
   * Claims the reminder of one interval and stages its email in the same transaction; false when another run
   * claimed it first, so two runs or two replicas never send it twice.
   */
  async remindOnce(invoiceId: string, intervalKey: string, email: OutgoingEmail): Promise<boolean> {
    return this.transaction(async (manager) => {
      const claimed = await queryRows<{ invoice_id: string }>(
        manager,
        `INSERT INTO invoice_reminders (invoice_id, interval_key) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING invoice_id`,
        [invoiceId, intervalKey],
      );
      if (claimed.length === 0) return false;
      await this.stageEmail(manager, `invoice-reminder:${invoiceId}:${intervalKey}`, email);
      return true;
    });
  }

  /**
   * Stages an email in the Operations DB outbox, which Core API relays to the notification queue; inside the
   * caller's transaction, so the email exists exactly when the change it tells about does.
   */
  async stageEmail(manager: EntityManager, key: string, email: OutgoingEmail): Promise<void> {
    await manager.query(
      `INSERT INTO email_outbox (key, "to", subject, text, language) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (key) DO NOTHING`,
      [key, email.to, email.subject, email.text, email.language ?? 'en'],
    );
  }
}
