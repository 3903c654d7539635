import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { queryRows } from '../../platform/database/query-rows.js';
import { currentRequestId } from '../../platform/logging/request-context.js';
import type { ReceiptKind } from '../../shared/model/operations/receipt.entity.js';
import { RecipientLanguages } from '../../shared/notification-outbox/recipient-languages.js';
import {
  DOCUMENT_SERIES,
  nextDocumentNumber,
} from '../../shared/repositories/document-numbers.repository.js';
import { stageEmail } from '../notifications/email-outbox.js';
import type { PayerLookup } from './payer.js';
import { receiptEmail } from './receipt-email.js';

interface IssuedRow {
  id: string;
  number: string;
  kind: ReceiptKind;
  amount_minor: string;
  currency: string;
  payer_email: string;
  mission_name: string;
  payment_reference: string;
  booking_id: string;
}

/**
 * Issues the receipts a booking's movements of money are owed: one per succeeded payments row without one,
 * numbered and emailed inside the caller's transaction, so the receipt exists exactly when the money moved.
 * Every flow that records a charge or a refund calls it after recording; a row that already has its receipt
 * (a redelivered event, a repeated sweep) is left alone.
 */
@Injectable()
export class ReceiptIssuer {
  constructor(
    private readonly languages: RecipientLanguages,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(
    manager: EntityManager,
    bookingId: string,
    payers: PayerLookup,
    createdBy: string,
  ): Promise<void> {
    const owed = await queryRows<{ id: string; customer_id: string; customer_email: string }>(
      manager,
      `SELECT p.id, b.customer_id, b.customer_email FROM payments p JOIN bookings b ON b.id = p.booking_id
       WHERE p.booking_id = $1 AND p.status = 'succeeded'
         AND NOT EXISTS (SELECT 1 FROM receipts r WHERE r.payment_id = p.id)
       ORDER BY p.created_at, p.kind, p.id`,
      [bookingId],
    );
    for (const payment of owed) {
      const payer = payers(payment.customer_id);
      const number = await nextDocumentNumber(manager, DOCUMENT_SERIES.receipt, new Date().getUTCFullYear());
      const [issued] = await queryRows<IssuedRow>(
        manager,
        `INSERT INTO receipts (number, booking_id, payment_id, kind, amount_minor, currency, payer_name, payer_email,
           payer_tax_id, payer_billing_address, mission_name, launch_scheduled_at, seats, payment_reference,
           created_by, origin_service, request_id)
         SELECT $1, b.id, p.id, CASE p.kind WHEN 'charge' THEN 'payment' ELSE 'refund' END, p.amount_minor,
           p.currency, $3, b.customer_email, $4, $5::jsonb, l.mission_name, l.scheduled_at, b.seats, p.provider_ref,
           $6, 'core-api', $7
         FROM payments p JOIN bookings b ON b.id = p.booking_id JOIN launches l ON l.id = b.launch_id
         WHERE p.id = $2
         RETURNING id, number, kind, amount_minor::text, currency, payer_email, mission_name, payment_reference,
           booking_id`,
        [
          number,
          payment.id,
          payer?.name ?? payment.customer_email,
          payer?.taxId ?? '',
          payer?.billingAddress ? JSON.stringify(payer.billingAddress) : null,
          createdBy,
          currentRequestId() ?? null,
        ],
      );
      await this.stageReceiptEmail(manager, issued);
    }
  }

  private async stageReceiptEmail(manager: EntityManager, receipt: IssuedRow): Promise<void> {
    const email = receiptEmail({
      to: receipt.payer_email,
      language: await this.languages.of(receipt.payer_email),
      number: receipt.number,
      kind: receipt.kind,
      missionName: receipt.mission_name,
      amountMinor: Number(receipt.amount_minor),
      currency: receipt.currency,
      reference: receipt.payment_reference,
      bookingId: receipt.booking_id,
      customerWebUrl: this.config.urls.customerWeb,
    });
    await stageEmail(manager, `receipt:${receipt.id}`, email);
  }
}
