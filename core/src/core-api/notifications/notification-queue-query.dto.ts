import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../platform/http/page-query.dto.js';
import {
  NOTIFICATION_STATUSES,
  type NotificationStatus,
} from '../../shared/model/core-db/notification.schema.js';

export class NotificationQueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: NOTIFICATION_STATUSES })
  @IsOptional()
  @IsIn(NOTIFICATION_STATUSES)
  status?: NotificationStatus;
}
