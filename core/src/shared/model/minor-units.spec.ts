import { fromMinorUnits, toMinorUnits } from './minor-units.js';

describe('minor units', () => {
  it('turns an amount into whole cents without floating-point drift', () => {
    expect(toMinorUnits(2469, 'USD')).toBe(246900);
    expect(toMinorUnits(0.29, 'USD')).toBe(29);
    expect(toMinorUnits(1234.57, 'EUR')).toBe(123457);
  });

  it('uses the currency’s own minor unit', () => {
    expect(toMinorUnits(5000, 'JPY')).toBe(5000);
    expect(fromMinorUnits(5000, 'JPY')).toBe(5000);
  });

  it('turns cents back into the amount the payments table records', () => {
    expect(fromMinorUnits(246900, 'USD')).toBe(2469);
    expect(fromMinorUnits(29, 'USD')).toBe(0.29);
  });
});
