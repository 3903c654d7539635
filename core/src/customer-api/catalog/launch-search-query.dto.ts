import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { AtLeastField } from './at-least-field.decorator.js';
import { PageQueryDto } from '../../platform/http/page-query.dto.js';

/** Filters of the public launch list; every one is optional and they combine with AND. */
export class LaunchSearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Exact destination, as listed by `GET /launches/destinations`.',
    minLength: 1,
    maxLength: 120,
  })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  destination?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Launches at or after this instant (a date alone means the start of that day, UTC).',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Launches at or before this instant (a date alone means the start of that day, UTC).',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @AtLeastField('from')
  to?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: "Lowest price per seat, in minor units of each launch's currency.",
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  minPriceMinor?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: "Highest price per seat, in minor units of each launch's currency.",
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @AtLeastField('minPriceMinor')
  maxPriceMinor?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 100,
    description: 'Seats still free, at least.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  minSeats?: number;
}
