import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Rocket } from './rocket.entity.js';
import { Supplier } from './supplier.entity.js';
import { minorUnitsTransformer } from '../../../platform/database/minor-units.transformer.js';
import { LAUNCH_STATUSES, type LaunchStatus } from '../../rules/launch-status.js';

/** One flight of a supplier's rocket, selling seats at a price until it lifts off. */
@Entity('launches')
export class Launch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: Supplier;

  @Index()
  @Column({ name: 'rocket_id', type: 'uuid' })
  rocketId: string;

  @ManyToOne(() => Rocket, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rocket_id' })
  rocket?: Rocket;

  @Column({ name: 'mission_name', type: 'varchar', length: 160 })
  missionName: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'enum', enum: LAUNCH_STATUSES, enumName: 'launch_status', default: 'scheduled' })
  status: LaunchStatus;

  @Index()
  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt: Date;

  @Column({ name: 'launch_site', type: 'varchar', length: 160 })
  launchSite: string;

  /** The IANA zone of the launch site: suppliers enter and read `scheduledAt` (an instant) in its wall time. */
  @Column({ name: 'site_time_zone', type: 'varchar', length: 64, default: 'UTC' })
  siteTimeZone: string;

  @Column({ type: 'varchar', length: 160 })
  destination: string;

  @Column({ name: 'seats_total', type: 'int' })
  seatsTotal: number;

  @Column({ name: 'seats_sold', type: 'int', default: 0 })
  seatsSold: number;

  @Column({ name: 'minimum_occupancy', type: 'int' })
  minimumOccupancy: number;

  /** In minor units of `currency` (cents for USD, yen for JPY). */
  @Column({ name: 'price_per_seat_minor', type: 'bigint', transformer: minorUnitsTransformer })
  pricePerSeatMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
