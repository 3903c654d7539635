import { decimalAmount } from '../model/decimal-amount.js';
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
  }).format(decimalAmount(minorUnits, currency) as Intl.StringNumericLiteral);
}
