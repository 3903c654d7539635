import { BOOKINGS_VIEW_URL } from './booking-view';

/** One of a booking's receipts as the booking page lists it. */
export interface ReceiptView {
  readonly id: string;
  readonly number: string;
  readonly kind: 'payment' | 'refund';
  readonly amountMinor: number;
  readonly currency: string;
  readonly issuedAt: string;
}

/** Where the BFF serves a receipt's PDF, in the language of the page that links to it. */
export function receiptPdfUrl(bookingId: string, receiptId: string, language: 'en' | 'es'): string {
  const path = `${BOOKINGS_VIEW_URL}/${encodeURIComponent(bookingId)}/receipts/${encodeURIComponent(receiptId)}.pdf`;
  return language === 'en' ? path : `${path}?language=${language}`;
}
