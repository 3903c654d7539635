import type { BillingAddress } from '../../shared/model/customer-db/billing-address.js';
import type { ReceiptKind } from '../../shared/model/operations/receipt.entity.js';

/** What a receipt's PDF prints, as Core API issued it. */
export interface ReceiptDocument {
  number: string;
  bookingId: string;
  kind: ReceiptKind;
  amountMinor: number;
  currency: string;
  issuedAt: string;
  payerName: string;
  payerEmail: string;
  payerTaxId: string;
  payerBillingAddress: BillingAddress | null;
  missionName: string;
  launchScheduledAt: string;
  seats: number;
  paymentReference: string;
}
