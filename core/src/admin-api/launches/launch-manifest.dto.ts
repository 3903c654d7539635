import { ApiProperty } from '@nestjs/swagger';
import { BOOKING_STATUSES, type BookingStatus } from '../../shared/rules/booking-status.js';

export class ManifestPassengerDto {
  @ApiProperty({ type: 'integer', description: 'Position on the manifest, from 1.' })
  seat: number;

  @ApiProperty()
  fullName: string;

  @ApiProperty({ format: 'uuid' })
  bookingId: string;

  @ApiProperty({ format: 'email', description: 'The customer who booked the seat.' })
  customerEmail: string;
}

/** Everyone flying: the passengers of confirmed bookings, in booking order. */
export class LaunchManifestDto {
  @ApiProperty({ format: 'uuid' })
  launchId: string;

  @ApiProperty()
  missionName: string;

  @ApiProperty({ format: 'date-time' })
  scheduledAt: string;

  @ApiProperty({ type: [ManifestPassengerDto] })
  passengers: ManifestPassengerDto[];
}

export class LaunchBookingPassengerDto {
  @ApiProperty({ type: 'integer' })
  seatNumber: number;

  @ApiProperty()
  fullName: string;
}

export class LaunchBookingDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'email' })
  customerEmail: string;

  @ApiProperty({ type: 'integer' })
  seats: number;

  @ApiProperty({ enum: BOOKING_STATUSES })
  status: BookingStatus;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'What the booking costs, in minor units of `currency` (cents for USD, yen for JPY).',
  })
  amountMinor: number;

  @ApiProperty({ example: 'USD', description: 'ISO 4217 code.' })
  currency: string;

  @ApiProperty({ type: [LaunchBookingPassengerDto] })
  passengers: LaunchBookingPassengerDto[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class LaunchBookingListDto {
  @ApiProperty({ type: [LaunchBookingDto], description: 'Oldest first; expired holds are left out.' })
  items: LaunchBookingDto[];
}
