import type { BookingDto } from './booking.dto.js';
import type { BookingWithLaunch } from '../../shared/repositories/booking-with-launch.js';
import { REFUND_TIERS, refundAmountMinor, refundPercent } from '../../shared/rules/refund-policy.js';

export function toBookingDto(booking: BookingWithLaunch, now: Date): BookingDto {
  const launchAt = new Date(booking.launch.scheduledAt);
  const percentNow = refundPercent(launchAt, now);
  return {
    id: booking.id,
    launchId: booking.launchId,
    missionName: booking.launch.missionName,
    scheduledAt: launchAt.toISOString(),
    siteTimeZone: booking.launch.siteTimeZone,
    launchStatus: booking.launch.status,
    seats: booking.seats,
    status: booking.status,
    holdExpiresAt: new Date(booking.holdExpiresAt).toISOString(),
    amountMinor: booking.amountMinor,
    currency: booking.currency,
    ...(booking.refundAmountMinor === null ? {} : { refundAmountMinor: booking.refundAmountMinor }),
    passengers: [...(booking.passengers ?? [])]
      .sort((a, b) => a.seatNumber - b.seatNumber)
      .map(({ seatNumber, fullName }) => ({ seatNumber, fullName })),
    refundPolicy: {
      tiers: REFUND_TIERS.map((tier) => ({ ...tier })),
      percentNow,
      refundNowMinor: booking.status === 'confirmed' ? refundAmountMinor(booking.amountMinor, percentNow) : 0,
    },
    createdAt: new Date(booking.createdAt).toISOString(),
  };
}
