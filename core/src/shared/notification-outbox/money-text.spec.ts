import { moneyText } from './money-text.js';

describe('moneyText', () => {
  it('writes minor units at the currency decimals in the reader locale', () => {
    expect(moneyText(2469050, 'USD', 'en')).toBe('$24,690.50');
    expect(moneyText(2469050, 'EUR', 'es-ES')).toBe('24.690,50\u00a0€');
    expect(moneyText(150000, 'JPY', 'es-ES')).toBe('150.000\u00a0JPY');
  });

  it('refuses a fraction of a minor unit rather than round it silently', () => {
    expect(() => moneyText(10.5, 'USD', 'en')).toThrow(RangeError);
  });
});
