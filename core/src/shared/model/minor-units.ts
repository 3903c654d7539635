/** Decimal places of a currency's minor unit (2 for USD and EUR, 0 for JPY), as ISO 4217 and Intl define them. */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}
