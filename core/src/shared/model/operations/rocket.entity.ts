import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Supplier } from './supplier.entity.js';
import { ROCKET_RANGES, type RocketRange } from '../../rules/rocket-range.js';
import type { RocketStatus } from '../../rules/rocket-status.js';

/** A supplier's rocket; its capacity is the most seats any of its launches can offer. */
@Entity('rockets')
export class Rocket {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: Supplier;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 120, default: '' })
  model: string;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'enum', enum: ROCKET_RANGES, enumName: 'rocket_range' })
  range: RocketRange;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: RocketStatus;

  @Column({ name: 'photo_url', type: 'varchar', length: 2048, nullable: true })
  photoUrl: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
