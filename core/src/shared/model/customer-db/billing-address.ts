/** Where a customer's receipts are addressed; `country` is ISO 3166-1 alpha-2 (ES, US). */
export interface BillingAddress {
  line1: string;
  line2?: string;
  postalCode: string;
  city: string;
  country: string;
}

/**
 * A stored address as the APIs publish it: a document may hold `line2: null` (an absent sub-field written by
 * mongoose), and the contracts omit an empty second line instead.
 */
export function publishedBillingAddress(stored: BillingAddress): BillingAddress {
  const { line1, line2, postalCode, city, country } = stored;
  return { line1, ...(line2 ? { line2 } : {}), postalCode, city, country };
}
