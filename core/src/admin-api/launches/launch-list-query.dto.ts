import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsUUID } from 'class-validator';
import { LAUNCH_STATUSES, type LaunchStatus } from '../../shared/rules/launch-status.js';

export const LAUNCH_SORTS = ['scheduledAt', 'occupancy'] as const;
export type LaunchSort = (typeof LAUNCH_SORTS)[number];

export class LaunchListQueryDto {
  @ApiPropertyOptional({ enum: LAUNCH_STATUSES })
  @IsOptional()
  @IsIn(LAUNCH_STATUSES)
  status?: LaunchStatus;

  @ApiPropertyOptional({ format: 'date-time', description: 'Launches on or after this instant.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @ApiPropertyOptional({ format: 'date-time', description: 'Launches before this instant.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;

  @ApiPropertyOptional({
    enum: LAUNCH_SORTS,
    default: 'scheduledAt',
    description: 'scheduledAt: soonest first; occupancy: least occupied first.',
  })
  @IsOptional()
  @IsIn(LAUNCH_SORTS)
  sort?: LaunchSort;

  @ApiPropertyOptional({ format: 'uuid', description: "Finance and admins only: one supplier's launches." })
  @IsOptional()
  @IsUUID()
  supplierId?: string;
}
