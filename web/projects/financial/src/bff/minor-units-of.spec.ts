import { describe, expect, it } from '@jest/globals';
import { minorUnitsOf } from './minor-units-of';

describe('minorUnitsOf', () => {
  it.each([
    { text: '1250', currency: 'USD', minor: 125_000 },
    { text: '19.99', currency: 'USD', minor: 1999 },
    { text: '19,9', currency: 'EUR', minor: 1990 },
    { text: ' 0.05 ', currency: 'USD', minor: 5 },
    { text: '5000', currency: 'JPY', minor: 5000 },
    { text: '1.234', currency: 'KWD', minor: 1234 },
  ])('reads $text $currency as $minor minor units', ({ text, currency, minor }) => {
    expect(minorUnitsOf(text, currency)).toBe(minor);
  });

  it.each(['', '-5', '1.999', '1,250.00', 'ten', '1e3'])('refuses "%s" as a US dollar amount', (text) => {
    expect(minorUnitsOf(text, 'USD')).toBeUndefined();
  });

  it('refuses decimals in a currency without minor units, and an unknown currency', () => {
    expect(minorUnitsOf('5.5', 'JPY')).toBeUndefined();
    expect(minorUnitsOf('5', 'XXXX')).toBeUndefined();
  });
});
