import { minorDigits } from '../model/minor-units.js';

/**
 * An amount for an email, from integer minor units (cents), written at exactly the currency's own decimals in
 * the reader's locale. The integer becomes its decimal text by moving the point (1999 → "19.99"), and Intl
 * formats that string as the exact decimal it is, so no amount ever passes through a float division.
 */
export function moneyText(minorUnits: number, currency: string, locale: string): string {
  if (!Number.isSafeInteger(minorUnits))
    throw new RangeError(`money must be whole minor units, got ${minorUnits}`);
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(decimalText(minorUnits, digits) as Intl.StringNumericLiteral);
}

function decimalText(minorUnits: number, digits: number): string {
  const sign = minorUnits < 0 ? '-' : '';
  const magnitude = String(Math.abs(minorUnits)).padStart(digits + 1, '0');
  if (digits === 0) return `${sign}${magnitude}`;
  return `${sign}${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`;
}
