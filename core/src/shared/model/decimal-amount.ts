import { minorDigits } from './minor-units.js';

/**
 * An amount of minor units as an exact decimal string in the currency's own minor digits (12345 USD → "123.45",
 * 500 JPY → "500"), built from the integer by moving the point: what a CSV cell holds, and what Intl formats
 * for people, so no amount ever passes through a float division.
 */
export function decimalAmount(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const units = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${units}` : `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}`;
}
