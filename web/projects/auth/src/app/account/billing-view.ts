/** A customer's billing details as their account page shows them; staff have none. */
export type BillingView =
  | { readonly customer: false }
  | {
      readonly customer: true;
      readonly fullName: string;
      readonly phone: string;
      readonly taxId: string;
      readonly line1: string;
      readonly line2: string;
      readonly postalCode: string;
      readonly city: string;
      readonly country: string;
    };

export const BILLING_URL = '/bff/auth/billing';

/** The address fields of the form, which the BFF posts as one billing address. */
export const ADDRESS_FIELDS = ['line1', 'line2', 'postalCode', 'city', 'country'] as const;
