import type { BillingAddress } from '../../shared/model/customer-db/billing-address.js';

/** Who a receipt is made out to, as the customer's profile says when the money moves. */
export interface Payer {
  name: string;
  taxId: string;
  billingAddress: BillingAddress | null;
}

/** The payer of each customer id read beforehand; a customer without a profile is named by their email. */
export type PayerLookup = (customerId: string) => Payer | undefined;
