import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDate,
  IsInt,
  IsISO4217CurrencyCode,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import { IsTimeZone } from '../../platform/validation/is-time-zone.decorator.js';

export class CreateLaunchDto {
  @ApiProperty({ format: 'uuid', description: "One of the caller's active rockets." })
  @IsUUID()
  rocketId: string;

  @ApiProperty({ minLength: 1, maxLength: 160 })
  @IsString()
  @Length(1, 160)
  missionName: string;

  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @Length(0, 4000)
  description: string;

  @ApiProperty({ minLength: 1, maxLength: 160 })
  @IsString()
  @Length(1, 160)
  launchSite: string;

  @ApiProperty({
    example: 'America/New_York',
    maxLength: 64,
    description: "The launch site's IANA time zone; suppliers read the launch date in its local time.",
  })
  @IsTimeZone()
  siteTimeZone: string;

  @ApiProperty({ minLength: 1, maxLength: 160 })
  @IsString()
  @Length(1, 160)
  destination: string;

  @ApiProperty({
    format: 'date-time',
    description: 'An instant (UTC or with an offset); must be in the future.',
  })
  @Type(() => Date)
  @IsDate()
  scheduledAt: Date;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 999_999_999_999,
    example: 25000000,
    description:
      'Price of one seat in minor units of `currency` (cents for USD, yen for JPY); at least one minor unit.',
  })
  @IsInt()
  @Min(1)
  @Max(999_999_999_999)
  pricePerSeatMinor: number;

  @ApiProperty({ example: 'USD', pattern: '^[A-Za-z]{3}$', description: 'ISO 4217 code.' })
  @IsISO4217CurrencyCode()
  currency: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description: "At most the rocket's capacity (the default).",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  seatsTotal?: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Seats that must sell for the launch to be viable.',
  })
  @IsInt()
  @Min(0)
  minimumOccupancy: number;
}
