import type { LaunchDetailView } from '../launches/catalog-view';
import type { ReceiptView } from './receipt-view';

export type BookingStatus = 'held' | 'confirmed' | 'cancelled' | 'expired';

export interface RefundTier {
  /** Applies when cancelling at least this many days before lift-off. */
  readonly minDaysBefore: number;
  readonly percent: number;
}

/** One of the customer's bookings as the pages show it (the BFF trims the Customer API's answer). */
export interface BookingView {
  readonly id: string;
  readonly launchId: string;
  readonly missionName: string;
  readonly scheduledAt: string;
  readonly siteTimeZone: string;
  readonly launchStatus: string;
  readonly seats: number;
  readonly status: BookingStatus;
  readonly holdExpiresAt: string;
  /** In minor units of `currency`, as are the refunds. */
  readonly amountMinor: number;
  readonly currency: string;
  readonly refundAmountMinor?: number;
  readonly passengers: readonly { readonly seatNumber: number; readonly fullName: string }[];
  readonly refundPolicy: {
    readonly tiers: readonly RefundTier[];
    readonly percentNow: number;
    readonly refundNowMinor: number;
  };
  readonly createdAt: string;
}

/** The booking page: the booking and its receipts, one per payment and per refund (oldest first). */
export interface BookingPageView extends BookingView {
  readonly receipts: readonly ReceiptView[];
}

/** "My trips": the customer's bookings in the three groups the Customer API sorts them into. */
export interface TripsView {
  readonly upcoming: readonly BookingView[];
  readonly past: readonly BookingView[];
  readonly cancelled: readonly BookingView[];
}

/**
 * What the booking form is rendered with. The Idempotency-Key is minted per form render and posted back
 * in a hidden field: a double click, a resubmitted form or a retry after a network error all carry the
 * same key, so the Customer API answers with the booking it already made instead of a second one.
 */
export interface BookFormView {
  readonly launch: LaunchDetailView;
  /** Most seats one booking may hold for this customer (the Customer API's limit), never more than are left. */
  readonly maxSeats: number;
  /** Whether the Customer API counts this customer as a VIP. */
  readonly vip: boolean;
  /** Seats per booking for everyone and for VIPs, as the Customer API states them. */
  readonly seatLimits: { readonly standard: number; readonly vip: number };
  readonly idempotencyKey: string;
}

export const BOOKINGS_VIEW_URL = '/bff/bookings';

export function bookingViewUrl(id: string): string {
  return `${BOOKINGS_VIEW_URL}/${encodeURIComponent(id)}`;
}

export function bookFormViewUrl(launchId: string): string {
  return `${BOOKINGS_VIEW_URL}/new/${encodeURIComponent(launchId)}`;
}

/**
 * Page addresses that need a signed-in customer (the BFF sends anyone else to sign in first), in English at
 * the site root and in Spanish under `/es`.
 */
export const SIGNED_IN_PAGES = ['/launches/:id/book', '/bookings', '/bookings/:id'].flatMap((path) => [
  path,
  `/es${path}`,
]);
