import { ApiProperty } from '@nestjs/swagger';

export class BookingsReportLineDto {
  @ApiProperty({ format: 'uuid' })
  bookingId: string;

  @ApiProperty({ description: 'Who booked.' })
  customerEmail: string;

  @ApiProperty({ description: 'The passenger in the first seat of the booking.' })
  leadPassenger: string;

  @ApiProperty({ type: 'integer' })
  seats: number;

  @ApiProperty({ example: 'confirmed' })
  status: string;

  @ApiProperty()
  currency: string;

  @ApiProperty({ type: 'integer' })
  revenueMinor: number;

  @ApiProperty({ type: 'integer' })
  refundsMinor: number;

  @ApiProperty({ type: 'integer' })
  netMinor: number;
}

export class BookingsReportTotalDto {
  @ApiProperty()
  currency: string;

  @ApiProperty({ type: 'integer', description: 'Seats of bookings still confirmed.' })
  seats: number;

  @ApiProperty({ type: 'integer' })
  revenueMinor: number;

  @ApiProperty({ type: 'integer' })
  refundsMinor: number;

  @ApiProperty({ type: 'integer' })
  netMinor: number;
}

export class BookingsReportDto {
  @ApiProperty({ format: 'uuid' })
  launchId: string;

  @ApiProperty()
  missionName: string;

  @ApiProperty({ format: 'date-time' })
  scheduledAt: string;

  @ApiProperty({ type: [BookingsReportLineDto] })
  bookings: BookingsReportLineDto[];

  @ApiProperty({ type: [BookingsReportTotalDto] })
  totals: BookingsReportTotalDto[];
}
