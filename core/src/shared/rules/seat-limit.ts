/** Confirmed bookings (upcoming or flown) that make a customer a VIP. */
export const VIP_CONFIRMED_BOOKINGS = 2;
export const MAX_SEATS = 4;
export const VIP_MAX_SEATS = 6;

/** A VIP is derived from the trips booked, never assigned by hand. */
export function isVip(confirmedBookings: number): boolean {
  return confirmedBookings >= VIP_CONFIRMED_BOOKINGS;
}

/** The most seats one booking may take: VIP customers (two or more trips booked) get more. */
export function maxSeatsPerBooking(confirmedBookings: number): number {
  return isVip(confirmedBookings) ? VIP_MAX_SEATS : MAX_SEATS;
}
