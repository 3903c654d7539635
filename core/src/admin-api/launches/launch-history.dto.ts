import { ApiProperty } from '@nestjs/swagger';
import { LAUNCH_STATUSES, type LaunchStatus } from '../../shared/rules/launch-status.js';

export class LaunchStatusChangeDto {
  @ApiProperty({ enum: LAUNCH_STATUSES, nullable: true, description: 'Null when the launch was created.' })
  from: LaunchStatus | null;

  @ApiProperty({ enum: LAUNCH_STATUSES })
  to: LaunchStatus;

  @ApiProperty({ type: String, nullable: true })
  reason: string | null;

  @ApiProperty({ format: 'date-time', description: 'The launch date after the change.' })
  scheduledAt: string;

  @ApiProperty({ description: 'User id (or API key / service) that made the change.' })
  actorId: string;

  @ApiProperty({ format: 'date-time' })
  at: string;
}

export class LaunchHistoryDto {
  @ApiProperty({ type: [LaunchStatusChangeDto], description: 'Oldest first.' })
  items: LaunchStatusChangeDto[];
}
