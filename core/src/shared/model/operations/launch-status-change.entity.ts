import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LAUNCH_STATUSES, type LaunchStatus } from '../../rules/launch-status.js';

/** One change of a launch's status: who made it, when, why, and the date the launch then had. */
@Entity('launch_status_history')
@Index(['launchId', 'at'])
export class LaunchStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'launch_id', type: 'uuid' })
  launchId: string;

  /** Null for the launch's creation. */
  @Column({
    name: 'from_status',
    type: 'enum',
    enum: LAUNCH_STATUSES,
    enumName: 'launch_status',
    nullable: true,
  })
  fromStatus: LaunchStatus | null;

  @Column({ name: 'to_status', type: 'enum', enum: LAUNCH_STATUSES, enumName: 'launch_status' })
  toStatus: LaunchStatus;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt: Date;

  /** The user id, API key id or service that made the change. */
  @Column({ name: 'actor_id', type: 'varchar', length: 80 })
  actorId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
