/**
 * An amount of minor units as an exact decimal string in the currency's own minor digits (12345 USD → "123.45",
 * 500 JPY → "500"), built from the integer so a spreadsheet gets the figure the books hold, never a float.
 */
export function decimalAmount(minor: number, currency: string): string {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits!;
  const sign = minor < 0 ? '-' : '';
  const units = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${units}` : `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}`;
}
