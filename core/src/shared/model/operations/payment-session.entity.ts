import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { minorUnitsTransformer } from '../../../platform/database/minor-units.transformer.js';

/**
 * A checkout of the simulated card provider, one open at a time per booking: open until paid once, then it
 * remembers the event it sent.
 */
@Entity('payment_sessions')
export class PaymentSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'booking_id', type: 'uuid' })
  bookingId: string;

  /** In minor units of `currency`, as the payment provider counts them. */
  @Column({ name: 'amount_minor', type: 'bigint', transformer: minorUnitsTransformer })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  /** `closed`: superseded by a newer open session of the booking, from before sessions were reused. */
  status: 'open' | 'paid' | 'closed';

  @Column({ name: 'event_id', type: 'varchar', length: 64, nullable: true })
  eventId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
