import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { minorUnitsTransformer } from '../../../platform/database/minor-units.transformer.js';

export const PAYMENT_KINDS = ['charge', 'refund'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];
export const PAYMENT_STATUSES = ['succeeded', 'failed'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** Money moved for a booking by a payment provider; `providerRef` is unique so no event is recorded twice. */
@Entity('payments')
export class Payment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'booking_id', type: 'uuid' })
  bookingId: string;

  @Column({ type: 'varchar', length: 32 })
  provider: string;

  @Column({ name: 'provider_ref', type: 'varchar', length: 128, unique: true })
  providerRef: string;

  /** In minor units of `currency`, as the payment provider counts them. */
  @Column({ name: 'amount_minor', type: 'bigint', transformer: minorUnitsTransformer })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'enum', enum: PAYMENT_STATUSES, enumName: 'payment_status' })
  status: PaymentStatus;

  @Column({ type: 'enum', enum: PAYMENT_KINDS, enumName: 'payment_kind' })
  kind: PaymentKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
