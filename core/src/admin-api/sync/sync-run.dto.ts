import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SYNC_RUN_STATUSES, type SyncRunStatus } from '../../shared/model/core-db/sync-run.schema.js';

/** A synchronisation run as the Admin API reports it (Core API runs it). */
export class SyncRunDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ example: 'catalog' })
  dataset: string;

  @ApiProperty({ format: 'date-time' })
  startedAt: string;

  @ApiPropertyOptional({ format: 'date-time' })
  finishedAt?: string;

  @ApiProperty({ enum: SYNC_RUN_STATUSES })
  status: SyncRunStatus;

  @ApiProperty({ type: 'integer', description: 'Catalog entries created.' })
  upserted: number;

  @ApiProperty({ type: 'integer', description: 'Catalog entries whose content changed.' })
  modified: number;

  @ApiProperty({
    type: 'integer',
    description: 'Catalog entries removed because their launch no longer exists.',
  })
  removed: number;

  @ApiPropertyOptional()
  error?: string;
}
