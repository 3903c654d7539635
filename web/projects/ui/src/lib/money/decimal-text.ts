import { minorDigits } from './minor-digits';

/**
 * An integer of minor units as the exact decimal it stands for, in the currency's own decimals and without
 * any locale: 1999 USD → "19.99", 5000 JPY → "5000", -5 USD → "-0.05". The point is moved in the digits, so
 * no amount passes through a float division; this is the text a form control or structured data carries.
 */
export function decimalText(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`money must be whole minor units, got ${minor}`);
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const magnitude = String(Math.abs(minor)).padStart(digits + 1, '0');
  if (digits === 0) return `${sign}${magnitude}`;
  return `${sign}${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`;
}
