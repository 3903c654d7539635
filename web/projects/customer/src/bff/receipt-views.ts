import type { CustomerApi } from '@astrobookings/openapi';
import type { ReceiptView } from '../app/bookings/receipt-view';

type Schemas = CustomerApi.components['schemas'];

/** A receipt trimmed to what the booking page lists; the payer's details stay in the PDF. */
export function toReceiptView(receipt: Schemas['CustomerReceiptDto']): ReceiptView {
  return {
    id: receipt.id,
    number: receipt.number,
    kind: receipt.kind,
    amountMinor: receipt.amountMinor,
    currency: receipt.currency,
    issuedAt: receipt.issuedAt,
  };
}
