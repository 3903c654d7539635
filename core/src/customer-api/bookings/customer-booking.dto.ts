import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LAUNCH_STATUSES, type LaunchStatus } from '../../shared/rules/launch-status.js';
import { BOOKING_STATUSES, type BookingStatus } from '../../shared/rules/booking-status.js';

export class PassengerDto {
  @ApiProperty({ type: 'integer', example: 1 })
  seatNumber: number;

  @ApiProperty({ example: 'Ada Lovelace' })
  fullName: string;
}

export class RefundTierDto {
  @ApiProperty({
    type: 'integer',
    description: 'Applies when cancelling at least this many days before lift-off.',
  })
  minDaysBefore: number;

  @ApiProperty({ type: 'integer', example: 100 })
  percent: number;
}

/** The cancellation policy and what cancelling now would refund. */
export class RefundPolicyDto {
  @ApiProperty({ type: [RefundTierDto] })
  tiers: RefundTierDto[];

  @ApiProperty({ type: 'integer', description: 'Percentage of the amount paid refunded if cancelled now.' })
  percentNow: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Refund if cancelled now (0 while nothing is paid), in minor units of the booking currency.',
  })
  refundNowMinor: number;
}

/** A customer's booking with its launch, passengers and refund policy, as the Customer API publishes it. */
export class BookingDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  launchId: string;

  @ApiProperty()
  missionName: string;

  @ApiProperty({ format: 'date-time' })
  scheduledAt: string;

  @ApiProperty({ example: 'America/New_York', description: "The launch site's IANA time zone." })
  siteTimeZone: string;

  @ApiProperty({ enum: LAUNCH_STATUSES })
  launchStatus: LaunchStatus;

  @ApiProperty({ type: 'integer', example: 2 })
  seats: number;

  @ApiProperty({ enum: BOOKING_STATUSES })
  status: BookingStatus;

  @ApiProperty({ format: 'date-time', description: 'Until when an unpaid hold keeps its seats.' })
  holdExpiresAt: string;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    example: 50000000,
    description: 'Seats × price per seat, in minor units of `currency` (cents for USD, yen for JPY).',
  })
  amountMinor: number;

  @ApiProperty({ example: 'USD', description: 'ISO 4217 code.' })
  currency: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: 'Refunded on cancellation, in minor units of `currency`.',
  })
  refundAmountMinor?: number;

  @ApiProperty({ type: [PassengerDto] })
  passengers: PassengerDto[];

  @ApiProperty({ type: RefundPolicyDto })
  refundPolicy: RefundPolicyDto;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

/** The seats one booking may take: the standard limit and the higher one VIP customers get. */
export class SeatLimitsDto {
  @ApiProperty({ type: 'integer', example: 4 })
  standard: number;

  @ApiProperty({ type: 'integer', example: 6 })
  vip: number;
}

/**
 * A customer's bookings: launches still ahead, launches flown, and bookings cancelled or expired; with what
 * the customer may book next (VIP status and seat limit), so no client works the rule out again.
 */
export class BookingListDto {
  @ApiProperty({ type: [BookingDto] })
  upcoming: BookingDto[];

  @ApiProperty({ type: [BookingDto] })
  past: BookingDto[];

  @ApiProperty({ type: [BookingDto] })
  cancelled: BookingDto[];

  @ApiProperty({ description: 'Whether the customer is a VIP: two or more confirmed trips.' })
  vip: boolean;

  @ApiProperty({ type: 'integer', description: 'The most seats the customer may take in one booking.' })
  maxSeatsPerBooking: number;

  @ApiProperty({ type: SeatLimitsDto })
  seatLimits: SeatLimitsDto;
}

export class CheckoutDto {
  @ApiProperty({ description: "The payment provider's checkout page for this booking." })
  checkoutUrl: string;
}
