import { minorDigits } from '../model/minor-units.js';

/**
 * An amount for an email, from integer minor units (cents), so no stored value ever passes through a float
 * that could print as 99.99999: the division happens once, here, at the currency's own number of decimals.
 */
export function moneyText(minorUnits: number, currency: string, locale: string): string {
  if (!Number.isInteger(minorUnits))
    throw new RangeError(`money must be whole minor units, got ${minorUnits}`);
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(minorUnits / 10 ** digits);
}
