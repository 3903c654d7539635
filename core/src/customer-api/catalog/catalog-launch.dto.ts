import { ApiProperty } from '@nestjs/swagger';
import { LAUNCH_STATUSES, type LaunchStatus } from '../../shared/rules/launch-status.js';

/** A bookable launch as customers see it. */
export class CatalogLaunchDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Artemis Tourist I' })
  missionName: string;

  @ApiProperty()
  description: string;

  @ApiProperty()
  supplierName: string;

  @ApiProperty()
  rocketName: string;

  @ApiProperty({ example: 'Low Earth Orbit' })
  destination: string;

  @ApiProperty({ example: 'Kennedy Space Center LC-39A' })
  launchSite: string;

  @ApiProperty({
    example: 'America/New_York',
    description: "The launch site's IANA time zone, to show the launch date in the site's local time.",
  })
  siteTimeZone: string;

  @ApiProperty({ format: 'date-time' })
  scheduledAt: string;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    example: 25000000,
    description: 'Price of one seat in minor units of `currency` (cents for USD, yen for JPY).',
  })
  pricePerSeatMinor: number;

  @ApiProperty({ example: 'USD', description: 'ISO 4217 code.' })
  currency: string;

  @ApiProperty({ type: 'integer' })
  seatsTotal: number;

  @ApiProperty({ type: 'integer' })
  seatsAvailable: number;

  @ApiProperty({ enum: LAUNCH_STATUSES })
  status: LaunchStatus;
}

export class CatalogLaunchPageDto {
  @ApiProperty({ type: [CatalogLaunchDto] })
  items: CatalogLaunchDto[];

  @ApiProperty({ type: 'integer', description: 'How many launches match in total, across all pages.' })
  total: number;
}

export class CatalogDestinationsDto {
  @ApiProperty({ type: [String], example: ['Low Earth Orbit', 'Lunar Gateway'] })
  items: string[];
}
