/** Why a typed amount was refused, as a field problem code. */
export type MoneyProblem = 'required' | 'format' | 'too-many-decimals' | 'max';

/** A typed amount in minor units of its currency, or why it cannot be one. */
export type MoneyReading = { readonly minor: number } | { readonly problem: MoneyProblem };

/** Digits, then optionally one decimal separator and more digits: "19.99", "19,99", "19", "0.5". */
const DECIMAL = /^(\d+)(?:[.,](\d+))?$/;

function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    // Not a currency: the API names that field; the amount is read as if it had cents meanwhile.
    return 2;
  }
}

/**
 * An amount a person typed ("19.99") as integer minor units of `currency` (1999), by moving the point in the
 * digits, never through a float (`parseFloat("1.15") * 100` is 114.99999999999999). One decimal separator
 * is read, a point or a comma (Spanish writes "19,99"); digit grouping ("1,000.00", "1.000,00") is refused as
 * a format error rather than guessed, so "1,000" is read as one with three decimals and refused for USD.
 * Fewer decimals than the currency has are padded ("0.1" → 10 cents); more are refused, never rounded.
 */
export function readMoney(text: string, currency: string): MoneyReading {
  const typed = text.trim();
  if (typed === '') return { problem: 'required' };
  const match = DECIMAL.exec(typed);
  if (!match) return { problem: 'format' };
  const [, whole, fraction = ''] = match;
  const digits = minorDigits(currency);
  if (fraction.length > digits) return { problem: 'too-many-decimals' };
  const minor = Number(`${whole}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(minor) ? { minor } : { problem: 'max' };
}
