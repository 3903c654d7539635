import { describe, expect, it } from '@jest/globals';
import { readMoney } from './read-money.js';

describe('readMoney', () => {
  it.each([
    { text: '19.99', currency: 'USD', minor: 1999 },
    { text: '1.15', currency: 'USD', minor: 115 },
    { text: '0.1', currency: 'USD', minor: 10 },
    { text: '250000', currency: 'USD', minor: 25_000_000 },
    { text: ' 19.99 ', currency: 'USD', minor: 1999 },
    { text: '19,99', currency: 'EUR', minor: 1999 },
    { text: '5000', currency: 'JPY', minor: 5000 },
    { text: '1.234', currency: 'KWD', minor: 1234 },
    { text: '007.50', currency: 'USD', minor: 750 },
  ])('reads "$text" $currency as $minor minor units', ({ text, currency, minor }) => {
    expect(readMoney(text, currency)).toEqual({ minor });
  });

  it.each([
    { text: '19.999', currency: 'USD' },
    { text: '5000.5', currency: 'JPY' },
    { text: '1,000', currency: 'USD' },
  ])('refuses "$text" $currency for more decimals than the currency has', ({ text, currency }) => {
    expect(readMoney(text, currency)).toEqual({ problem: 'too-many-decimals' });
  });

  it.each(['1,000.00', '1.000,00', '19.', '.99', '-5', '1e3', '$19.99', '19 99', 'abc', '0x10'])(
    'refuses "%s" as not an amount',
    (text) => {
      expect(readMoney(text, 'USD')).toEqual({ problem: 'format' });
    },
  );

  it('asks for an amount when nothing was typed', () => {
    expect(readMoney('  ', 'USD')).toEqual({ problem: 'required' });
  });

  it('refuses an amount beyond what an integer holds exactly', () => {
    expect(readMoney('99999999999999999', 'USD')).toEqual({ problem: 'max' });
  });

  it('reads the amount with cents while the currency is not one, leaving that refusal to the API', () => {
    expect(readMoney('19.99', 'XXXX')).toEqual({ minor: 1999 });
  });
});
