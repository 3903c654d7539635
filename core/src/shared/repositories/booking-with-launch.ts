import type { Booking } from '../model/operations/booking.entity.js';
import type { Launch } from '../model/operations/launch.entity.js';

/** A booking read together with its launch (and its passengers), as the customer's views need it. */
export type BookingWithLaunch = Booking & { launch: Launch };
