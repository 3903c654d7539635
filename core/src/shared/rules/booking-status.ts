/** Where a booking is: seats held while the customer pays, then confirmed, or released (cancelled, expired). */
export const BOOKING_STATUSES = ['held', 'confirmed', 'cancelled', 'expired'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
