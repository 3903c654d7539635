import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import {
  NOTIFICATION_STATUSES,
  type NotificationStatus,
} from '../../shared/model/core-db/notification.schema.js';

export class SendEmailDto {
  @ApiProperty({ format: 'email', example: 'traveler@example.com' })
  @IsEmail()
  to: string;

  @ApiProperty({ maxLength: 200, minLength: 1 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  subject: string;

  @ApiProperty({ maxLength: 20000, minLength: 1 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  text: string;
}

export class NotificationDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ example: 'email' })
  channel: string;

  @ApiProperty()
  to: string;

  @ApiProperty()
  subject: string;

  @ApiProperty({ enum: NOTIFICATION_STATUSES })
  status: NotificationStatus;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiPropertyOptional({ format: 'date-time' })
  sentAt?: string;

  @ApiPropertyOptional({ description: 'Why sending failed.' })
  error?: string;

  @ApiProperty({ type: 'integer', description: 'Delivery attempts so far.' })
  attempts: number;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'When a pending notification is (re)tried, e.g. later for non-VIP launch announcements.',
  })
  nextAttemptAt?: string;
}

export class NotificationListDto {
  @ApiProperty({ type: [NotificationDto] })
  items: NotificationDto[];

  @ApiProperty({ type: 'integer', description: 'Notifications matching the filter.' })
  total: number;
}
