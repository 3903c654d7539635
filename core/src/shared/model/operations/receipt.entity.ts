import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { minorUnitsTransformer } from '../../../platform/database/minor-units.transformer.js';
import type { BillingAddress } from '../customer-db/billing-address.js';

export const RECEIPT_KINDS = ['payment', 'refund'] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];

/**
 * A customer's numbered receipt for one movement of money on a booking: the payer and the launch are copied
 * when it is issued, so it reads the same however the profile or the launch change afterwards.
 */
@Entity('receipts')
export class Receipt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20, unique: true })
  number: string;

  @Column({ name: 'booking_id', type: 'uuid' })
  bookingId: string;

  @Column({ name: 'payment_id', type: 'uuid', unique: true })
  paymentId: string;

  @Column({ type: 'varchar', length: 8 })
  kind: ReceiptKind;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: minorUnitsTransformer })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'payer_name', type: 'varchar', length: 120 })
  payerName: string;

  @Column({ name: 'payer_email', type: 'varchar', length: 254 })
  payerEmail: string;

  @Column({ name: 'payer_tax_id', type: 'varchar', length: 40 })
  payerTaxId: string;

  @Column({ name: 'payer_billing_address', type: 'jsonb', nullable: true })
  payerBillingAddress: BillingAddress | null;

  @Column({ name: 'mission_name', type: 'varchar', length: 160 })
  missionName: string;

  @Column({ name: 'launch_scheduled_at', type: 'timestamptz' })
  launchScheduledAt: Date;

  @Column({ type: 'int' })
  seats: number;

  /** The provider's reference of the charge or refund. */
  @Column({ name: 'payment_reference', type: 'varchar', length: 128 })
  paymentReference: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'created_by', type: 'varchar', length: 80 })
  createdBy: string;

  @Column({ name: 'origin_service', type: 'varchar', length: 32 })
  originService: string;

  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  requestId: string | null;
}
