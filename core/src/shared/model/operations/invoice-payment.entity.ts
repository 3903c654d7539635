import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { minorUnitsTransformer } from '../../../platform/database/minor-units.transformer.js';
import type { InvoicePaymentMethod } from '../../rules/invoice-status.js';

/** Money a supplier paid against one invoice, as finance recorded it; who recorded it is kept for the audit. */
@Entity('invoice_payments')
export class InvoicePayment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'invoice_id', type: 'uuid' })
  invoiceId: string;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: minorUnitsTransformer })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** The date the money arrived (YYYY-MM-DD), which may be before it was recorded. */
  @Column({ name: 'paid_on', type: 'date' })
  paidOn: string;

  @Column({ type: 'varchar', length: 120 })
  reference: string;

  @Column({ type: 'varchar', length: 16 })
  method: InvoicePaymentMethod;

  @Column({ name: 'recorded_by', type: 'varchar', length: 80 })
  recordedBy: string;

  @Column({ name: 'origin_service', type: 'varchar', length: 32 })
  originService: string;

  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  requestId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
