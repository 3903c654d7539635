/** Where a customer's receipts are addressed; `country` is ISO 3166-1 alpha-2 (ES, US). */
export interface BillingAddress {
  line1: string;
  line2?: string;
  postalCode: string;
  city: string;
  country: string;
}
