import type { CustomerApi } from '@astrobookings/openapi';
import type { BookFormView, BookingView } from '../app/bookings/booking-view';
import { toUpcoming } from './to-upcoming';

type Schemas = CustomerApi.components['schemas'];

/** One booking, trimmed to what the pages show. */
export function toBookingView(booking: Schemas['BookingDto']): BookingView {
  return {
    id: booking.id,
    launchId: booking.launchId,
    missionName: booking.missionName,
    scheduledAt: booking.scheduledAt,
    siteTimeZone: booking.siteTimeZone,
    launchStatus: booking.launchStatus,
    seats: booking.seats,
    status: booking.status,
    holdExpiresAt: booking.holdExpiresAt,
    amountMinor: booking.amountMinor,
    currency: booking.currency,
    ...(booking.refundAmountMinor === undefined ? {} : { refundAmountMinor: booking.refundAmountMinor }),
    passengers: booking.passengers.map(({ seatNumber, fullName }) => ({ seatNumber, fullName })),
    refundPolicy: booking.refundPolicy,
    createdAt: booking.createdAt,
  };
}

/**
 * The booking form of one launch for this customer: the Customer API's seat limit for them (their VIP
 * standing included), never more than the seats left, and at least one so the form can always render.
 */
export function toBookFormView(
  launch: Schemas['CatalogLaunchDto'],
  bookings: Schemas['BookingListDto'],
  idempotencyKey: string,
): BookFormView {
  return {
    launch: { ...toUpcoming(launch), description: launch.description, status: launch.status },
    vip: bookings.vip,
    maxSeats: Math.max(1, Math.min(bookings.maxSeatsPerBooking, launch.seatsAvailable)),
    seatLimits: { standard: bookings.seatLimits.standard, vip: bookings.seatLimits.vip },
    idempotencyKey,
  };
}
