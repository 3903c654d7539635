import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { minorUnitsTransformer } from '../../../platform/database/minor-units.transformer.js';
import type { FeeKind, InvoiceStatus } from '../../rules/invoice-status.js';
import type { InvoicePassenger } from './invoice-passenger.js';

/**
 * A fee the platform charges a supplier. Supplier and launch facts are copied at issue, as an invoice must keep
 * saying what it said; `paidMinor` only grows by recorded payments and never exceeds `feeMinor`.
 */
@Entity('invoices')
export class Invoice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20, unique: true })
  number: string;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  @Column({ name: 'launch_id', type: 'uuid', nullable: true })
  launchId: string | null;

  @Column({ name: 'fee_kind', type: 'varchar', length: 16 })
  feeKind: FeeKind;

  @Column({ type: 'varchar', length: 16, default: 'issued' })
  status: InvoiceStatus;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** Confirmed bookings' amounts on the launch, before refunds. */
  @Column({ name: 'gross_revenue_minor', type: 'bigint', transformer: minorUnitsTransformer })
  grossRevenueMinor: number;

  @Column({ name: 'refunds_minor', type: 'bigint', transformer: minorUnitsTransformer })
  refundsMinor: number;

  /** The fee's base: gross revenue minus refunds. */
  @Column({ name: 'net_revenue_minor', type: 'bigint', transformer: minorUnitsTransformer })
  netRevenueMinor: number;

  /** The fee rate in hundredths of a percent (100 = 1%); null for a fixed fee. */
  @Column({ name: 'rate_basis_points', type: 'int', nullable: true })
  rateBasisPoints: number | null;

  @Column({ name: 'fee_minor', type: 'bigint', transformer: minorUnitsTransformer })
  feeMinor: number;

  @Column({ name: 'paid_minor', type: 'bigint', default: 0, transformer: minorUnitsTransformer })
  paidMinor: number;

  /** Whether the supplier counted as reliable when this invoice was issued (it set the rate). */
  @Column({ name: 'supplier_reliable', type: 'boolean', default: false })
  supplierReliable: boolean;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'supplier_name', type: 'varchar', length: 120 })
  supplierName: string;

  @Column({ name: 'supplier_legal_name', type: 'varchar', length: 200 })
  supplierLegalName: string;

  @Column({ name: 'supplier_tax_id', type: 'varchar', length: 40, default: '' })
  supplierTaxId: string;

  @Column({ name: 'supplier_legal_address', type: 'text', default: '' })
  supplierLegalAddress: string;

  @Column({ name: 'mission_name', type: 'varchar', length: 160, nullable: true })
  missionName: string | null;

  @Column({ name: 'rocket_name', type: 'varchar', length: 120, nullable: true })
  rocketName: string | null;

  @Column({ name: 'launch_scheduled_at', type: 'timestamptz', nullable: true })
  launchScheduledAt: Date | null;

  @Column({ name: 'launch_site', type: 'varchar', length: 160, nullable: true })
  launchSite: string | null;

  @Column({ type: 'varchar', length: 160, nullable: true })
  destination: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  passengers: InvoicePassenger[];

  /** Calendar dates (YYYY-MM-DD) in the platform's books, not instants. */
  @Column({ name: 'issue_date', type: 'date' })
  issueDate: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ name: 'void_reason', type: 'text', nullable: true })
  voidReason: string | null;

  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  /** The user id, API key id or job that issued it. */
  @Column({ name: 'created_by', type: 'varchar', length: 80 })
  createdBy: string;

  @Column({ name: 'origin_service', type: 'varchar', length: 32 })
  originService: string;

  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  requestId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
