import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import type { ReportPeriod } from './reports.repository.js';

export const REPORT_PERIODS: readonly ReportPeriod[] = ['month', 'quarter', 'year'];

export class RevenueQueryDto {
  @ApiPropertyOptional({ enum: REPORT_PERIODS, default: 'month' })
  @IsOptional()
  @IsIn(REPORT_PERIODS)
  period?: ReportPeriod;

  @ApiPropertyOptional({
    format: 'date',
    description: 'First day included (UTC); default 1 January this year.',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Last day included (UTC); default 31 December this year.',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  to?: string;
}
