import { moneyText } from './money-text.js';

describe('moneyText', () => {
  it('writes minor units at the currency decimals in the reader locale', () => {
    expect(moneyText(2469050, 'USD', 'en')).toBe('$24,690.50');
    expect(moneyText(2469050, 'EUR', 'es-ES')).toBe('24.690,50\u00a0€');
    expect(moneyText(150000, 'JPY', 'es-ES')).toBe('150.000\u00a0JPY');
  });

  it('writes the cents it was given, with no float rounding', () => {
    expect(moneyText(1999, 'USD', 'en')).toBe('$19.99');
    expect(moneyText(115, 'USD', 'en')).toBe('$1.15');
    expect(moneyText(5, 'USD', 'en')).toBe('$0.05');
    expect(moneyText(0, 'USD', 'en')).toBe('$0.00');
  });

  it('writes a currency without minor units as whole units', () => {
    expect(moneyText(5000, 'JPY', 'en')).toBe('¥5,000');
  });

  it('writes a currency with three decimals to the fils', () => {
    expect(moneyText(1234, 'KWD', 'en')).toBe('KWD\u00a01.234');
  });

  it('writes a negative amount with its sign', () => {
    expect(moneyText(-1999, 'USD', 'en')).toBe('-$19.99');
    expect(moneyText(-1999, 'EUR', 'es-ES')).toBe('-19,99\u00a0€');
  });

  it('writes the largest safe integer exactly', () => {
    expect(moneyText(Number.MAX_SAFE_INTEGER, 'USD', 'en')).toBe('$90,071,992,547,409.91');
  });

  it('refuses a fraction of a minor unit rather than round it silently', () => {
    expect(() => moneyText(10.5, 'USD', 'en')).toThrow(RangeError);
  });
});
