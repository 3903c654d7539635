/**
 * An amount typed in currency units ("1250", "1250.5", "1,250.50" is refused) as integer minor units, by
 * moving the decimal point in the digits so no float is involved; undefined when it is not an amount of the
 * currency (too many decimals, a sign, letters, or an unknown currency).
 */
export function minorUnitsOf(text: string, currency: string): number | undefined {
  const match = /^(\d{1,13})(?:[.,](\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  let digits: number;
  try {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
  } catch {
    return undefined;
  }
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return undefined;
  return Number(`${match[1]}${fraction.padEnd(digits, '0')}`);
}
