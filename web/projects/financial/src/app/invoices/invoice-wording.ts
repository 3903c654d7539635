/** What the invoice pages say after a form went through, and for the Admin API's invoice refusal codes. */
export const INVOICE_NOTICES: Readonly<Record<string, string>> = {
  'invoice-issued': $localize`The invoice was issued and emailed to the supplier.`,
  'payment-recorded': $localize`The payment was recorded; the invoice is partially paid.`,
  'payment-paid': $localize`The payment was recorded; the invoice is paid in full.`,
  'invoice-voided': $localize`The invoice was voided and a credit note issued.`,
};

export const INVOICE_FIELD_WORDS: Readonly<Record<string, string>> = {
  'above-balance': $localize`This is more than the balance still owed.`,
  'currency-mismatch': $localize`Pay in the invoice's currency.`,
  'in-future': $localize`The payment date cannot be in the future.`,
};
