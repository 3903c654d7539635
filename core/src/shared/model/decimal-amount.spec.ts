import { describe, expect, it } from '@jest/globals';
import { decimalAmount } from './decimal-amount.js';

describe('decimalAmount', () => {
  it.each([
    [12345, 'USD', '123.45'],
    [5, 'EUR', '0.05'],
    [0, 'USD', '0.00'],
    [1999, 'USD', '19.99'],
    [500, 'JPY', '500'],
    [1234, 'BHD', '1.234'],
    [-250, 'USD', '-2.50'],
  ])('writes %i minor units of %s as %s', (minor, currency, expected) => {
    expect(decimalAmount(minor, currency)).toBe(expected);
  });
});
