import { ApiProperty } from '@nestjs/swagger';
import { LAUNCH_STATUSES, type LaunchStatus } from '../../shared/rules/launch-status.js';

/** A launch as back-office staff see it: what the catalog shows, plus ids and occupancy figures. */
export class AdminLaunchDto {
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

  @ApiProperty({ example: 'America/New_York', description: "The launch site's IANA time zone." })
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

  @ApiProperty({ format: 'uuid' })
  supplierId: string;

  @ApiProperty({ format: 'uuid' })
  rocketId: string;

  @ApiProperty({ type: 'integer', description: 'Seats that must be sold for the launch to be viable.' })
  minimumOccupancy: number;

  @ApiProperty({ type: 'integer' })
  seatsSold: number;

  @ApiProperty({ description: 'Seats sold over seats offered, from 0 to 1.', example: 0.625 })
  occupancyRate: number;

  @ApiProperty({ description: 'Whether enough seats are sold to reach the minimum occupancy.' })
  viable: boolean;

  @ApiProperty({
    enum: LAUNCH_STATUSES,
    isArray: true,
    description:
      'The statuses the launch may move to now (successful and failed only once its date has passed).',
  })
  nextStatuses: LaunchStatus[];

  @ApiProperty({ description: 'Whether its supplier may still edit the launch (scheduled or delayed).' })
  editable: boolean;
}

export class AdminLaunchListDto {
  @ApiProperty({ type: [AdminLaunchDto] })
  items: AdminLaunchDto[];
}
