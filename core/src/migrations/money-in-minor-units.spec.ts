import { minorDigits } from '../shared/model/minor-units.js';
import { THREE_DIGIT_CURRENCIES, ZERO_DIGIT_CURRENCIES } from './1769800000000-money-in-minor-units.js';

describe('the money-in-minor-units migration', () => {
  it('scales every currency by the same minor digits the platform reads its integers with', () => {
    const zero = new Set<string>(ZERO_DIGIT_CURRENCIES);
    const three = new Set<string>(THREE_DIGIT_CURRENCIES);
    const differing = Intl.supportedValuesOf('currency').filter((currency) => {
      const frozen = zero.has(currency) ? 0 : three.has(currency) ? 3 : 2;
      return frozen !== minorDigits(currency);
    });
    expect(differing).toEqual([]);
  });
});
