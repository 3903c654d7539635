import { describe, expect, it } from '@jest/globals';
import { formatMoney } from './format-money';

describe('formatMoney', () => {
  it('writes minor units at exactly the currency decimals', () => {
    expect(formatMoney(1999, 'USD', 'en-US')).toBe('$19.99');
    expect(formatMoney(115, 'USD', 'en-US')).toBe('$1.15');
    expect(formatMoney(25_000_000, 'USD', 'en-US')).toBe('$250,000.00');
    expect(formatMoney(0, 'USD', 'en-US')).toBe('$0.00');
  });

  it('writes a currency without minor units as whole units and one with three to the fils', () => {
    expect(formatMoney(5000, 'JPY', 'en-US')).toBe('¥5,000');
    expect(formatMoney(1234, 'KWD', 'en-US')).toBe('KWD\u00a01.234');
  });

  it('writes the amount in the reader locale', () => {
    expect(formatMoney(2_469_050, 'EUR', 'es')).toBe('24.690,50\u00a0€');
    expect(formatMoney(1999, 'USD', 'es')).toBe('19,99\u00a0US$');
  });

  it('writes a negative amount with its sign', () => {
    expect(formatMoney(-1999, 'USD', 'en-US')).toBe('-$19.99');
  });

  it('writes the largest safe integer exactly, digit for digit', () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'USD', 'en-US')).toBe('$90,071,992,547,409.91');
  });

  it('refuses a fraction of a minor unit rather than round it', () => {
    expect(() => formatMoney(19.99, 'USD', 'en-US')).toThrow(RangeError);
  });
});
