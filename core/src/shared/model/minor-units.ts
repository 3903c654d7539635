/** Decimal places of a currency's minor unit (2 for USD and EUR, 0 for JPY), as ISO 4217 and Intl define them. */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/**
 * Money in a currency's minor units (cents), the integers payment providers send. Amounts here are stored with
 * at most the currency's decimals, so the product is within rounding of an integer and rounding makes it exact.
 */
export function toMinorUnits(amount: number, currency: string): number {
  return Math.round(amount * 10 ** minorDigits(currency));
}

/** The amount in currency units for an integer of minor units, as the `payments` table records money. */
export function fromMinorUnits(minor: number, currency: string): number {
  return minor / 10 ** minorDigits(currency);
}
