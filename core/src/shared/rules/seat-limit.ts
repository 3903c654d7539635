/** Confirmed bookings (upcoming or flown) that make a customer a VIP. */
export const VIP_CONFIRMED_BOOKINGS = 2;
export const MAX_SEATS = 4;
export const VIP_MAX_SEATS = 6;

/** The most seats one booking may take: VIP customers (two or more trips booked) get more. */
export function maxSeatsPerBooking(confirmedBookings: number): number {
  return confirmedBookings >= VIP_CONFIRMED_BOOKINGS ? VIP_MAX_SEATS : MAX_SEATS;
}
