import { decimalText } from './decimal-text';
import { minorDigits } from './minor-digits';

/**
 * An amount for a reader, from integer minor units, in their locale and at exactly the currency's decimals
 * on every page (as core's emails write it). Intl formats the exact decimal string, never a float.
 */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    // Intl reads a numeric string as the exact decimal it is (ES2023); the typings this workspace lints with
    // only list numbers, hence the cast.
  }).format(decimalText(minor, currency) as unknown as number);
}
