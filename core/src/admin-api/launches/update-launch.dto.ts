import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsISO4217CurrencyCode, IsString, Length, Max, Min } from 'class-validator';
import { IsTimeZone } from '../../platform/validation/is-time-zone.decorator.js';
import { Omittable } from '../../platform/validation/omittable.decorator.js';

/** Changes allowed while a launch is scheduled or delayed; seats may not drop below those sold. */
export class UpdateLaunchDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 160 })
  @Omittable()
  @IsString()
  @Length(1, 160)
  missionName?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @Omittable()
  @IsString()
  @Length(0, 4000)
  description?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 160 })
  @Omittable()
  @IsString()
  @Length(1, 160)
  launchSite?: string;

  @ApiPropertyOptional({ example: 'America/New_York', maxLength: 64, description: 'An IANA time zone.' })
  @Omittable()
  @IsTimeZone()
  siteTimeZone?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 160 })
  @Omittable()
  @IsString()
  @Length(1, 160)
  destination?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'An instant (UTC or with an offset); must be in the future.',
  })
  @Omittable()
  @Type(() => Date)
  @IsDate()
  scheduledAt?: Date;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 999_999_999_999,
    description:
      'Price of one seat in minor units of `currency` (cents for USD, yen for JPY); at least one minor unit.',
  })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(999_999_999_999)
  pricePerSeatMinor?: number;

  @ApiPropertyOptional({ example: 'USD', pattern: '^[A-Za-z]{3}$', description: 'ISO 4217 code.' })
  @Omittable()
  @IsISO4217CurrencyCode()
  currency?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1 })
  @Omittable()
  @IsInt()
  @Min(1)
  seatsTotal?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0 })
  @Omittable()
  @IsInt()
  @Min(0)
  minimumOccupancy?: number;
}
