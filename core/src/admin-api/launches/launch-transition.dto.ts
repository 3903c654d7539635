import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { LAUNCH_STATUSES, type LaunchStatus } from '../../shared/rules/launch-status.js';

export class LaunchTransitionDto {
  @ApiProperty({ enum: LAUNCH_STATUSES })
  @IsIn(LAUNCH_STATUSES)
  to: LaunchStatus;

  @ApiPropertyOptional({ maxLength: 1000, description: 'Why; required to abort.' })
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  reason?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Required to delay: the new date, in the future.',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  newScheduledAt?: Date;
}
