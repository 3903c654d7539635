import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { minorUnitsTransformer } from '../../../platform/database/minor-units.transformer.js';
import { Launch } from './launch.entity.js';
import { BOOKING_STATUSES, type BookingStatus } from '../../rules/booking-status.js';
import { Passenger } from './passenger.entity.js';

/** Seats a customer holds or bought on one launch; seats are counted in `launches.seats_sold` while active. */
@Entity('bookings')
export class Booking {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'launch_id', type: 'uuid' })
  launchId: string;

  @ManyToOne(() => Launch, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'launch_id' })
  launch?: Launch;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @Column({ name: 'customer_email', type: 'varchar', length: 254 })
  customerEmail: string;

  @Column({ type: 'int' })
  seats: number;

  @Column({ type: 'enum', enum: BOOKING_STATUSES, enumName: 'booking_status', default: 'held' })
  status: BookingStatus;

  @Column({ name: 'hold_expires_at', type: 'timestamptz' })
  holdExpiresAt: Date;

  /** seats × the launch's price per seat, in minor units of `currency`. */
  @Column({ name: 'amount_minor', type: 'bigint', transformer: minorUnitsTransformer })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** Minor units of `currency` refunded at cancellation; null until then. */
  @Column({ name: 'refund_amount_minor', type: 'bigint', nullable: true, transformer: minorUnitsTransformer })
  refundAmountMinor: number | null;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 128 })
  idempotencyKey: string;

  /** SHA-256 of the request a key was first used with, to tell a retry from a different request. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash: string;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  /** When the launch reminder was queued (at most once per booking). */
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @OneToMany(() => Passenger, (passenger) => passenger.booking)
  passengers?: Passenger[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
