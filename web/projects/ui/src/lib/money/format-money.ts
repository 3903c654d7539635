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
  }).format(decimalText(minor, currency) as Intl.StringNumericLiteral);
}
