import { describe, expect, it } from '@jest/globals';
import { decimalText } from './decimal-text';

describe('decimalText', () => {
  it.each([
    { minor: 1999, currency: 'USD', text: '19.99' },
    { minor: 115, currency: 'USD', text: '1.15' },
    { minor: 10, currency: 'USD', text: '0.10' },
    { minor: 5, currency: 'USD', text: '0.05' },
    { minor: 5000, currency: 'JPY', text: '5000' },
    { minor: 1234, currency: 'KWD', text: '1.234' },
    { minor: -5, currency: 'USD', text: '-0.05' },
  ])('writes $minor minor units of $currency as $text', ({ minor, currency, text }) => {
    expect(decimalText(minor, currency)).toBe(text);
  });
});
