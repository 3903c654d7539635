import { isValidTaxId, normalizeTaxId, taxIdProblem } from './tax-id.js';

describe('tax id rule', () => {
  it.each([
    ['ATU12345678'],
    ['BE0123456789'],
    ['BE1123456789'],
    ['BG123456789'],
    ['BG1234567890'],
    ['CY12345678L'],
    ['CZ12345678'],
    ['CZ1234567890'],
    ['DE123456789'],
    ['DK12345678'],
    ['EE123456789'],
    ['EL123456789'],
    ['ES12345678Z'],
    ['ESB12345674'],
    ['ESX1234567L'],
    ['FI12345678'],
    ['FR98765432101'],
    ['FRXX123456789'],
    ['HR12345678901'],
    ['HU12345678'],
    ['IE1234567T'],
    ['IE1234567TW'],
    ['IE1A23456B'],
    ['IT12345678901'],
    ['LT123456789'],
    ['LT123456789012'],
    ['LU12345678'],
    ['LV12345678901'],
    ['MT12345678'],
    ['NL123456789B01'],
    ['PL1234567890'],
    ['PT123456789'],
    ['RO12'],
    ['RO1234567890'],
    ['SE123456789012'],
    ['SI12345678'],
    ['SK1234567890'],
    ['XI123456789'],
    ['XI123456789012'],
    ['US123456789'],
  ])('accepts %s', (taxId) => {
    expect(taxIdProblem(taxId)).toBeUndefined();
  });

  it.each([
    ['AT12345678', 'a AT taxId is AT followed by U and 8 digits'],
    ['BE2123456789', 'a BE taxId is BE followed by 0 or 1 and 9 digits'],
    ['CY123456789', 'a CY taxId is CY followed by 8 digits and a letter'],
    ['DE12345678', 'a DE taxId is DE followed by 9 digits'],
    ['ES1234567', 'a ES taxId is ES followed by a letter or digit, 7 digits and a letter or digit'],
    ['FR1234567890', 'a FR taxId is FR followed by 2 letters or digits and 9 digits'],
    ['IE123456', 'a IE taxId is IE followed by 7 digits and 1 or 2 letters'],
    ['NL123456789A01', 'a NL taxId is NL followed by 9 digits, B and 2 digits'],
    ['RO1', 'a RO taxId is RO followed by 2 to 10 digits'],
    ['SE12345678901', 'a SE taxId is SE followed by 12 digits'],
    ['XI1234567890', 'a XI taxId is XI followed by 9 or 12 digits'],
    ['US4815162342', 'a US taxId is US followed by 9 digits (the EIN)'],
  ])('refuses %s: %s', (taxId, problem) => {
    expect(taxIdProblem(taxId)).toBe(problem);
  });

  it.each([['GR123456789'], ['GB123456789'], ['ZZ12345'], ['123456789'], ['']])(
    'refuses %j, whose prefix is no EU VAT country nor US',
    (taxId) => {
      expect(isValidTaxId(taxId)).toBe(false);
      expect(taxIdProblem(taxId)).toMatch(/must start with an EU VAT country prefix/);
    },
  );

  it.each([
    ['es 1234.5678-z', 'ES12345678Z'],
    ['de 123 456 789', 'DE123456789'],
    ['NL 1234.56789.B01', 'NL123456789B01'],
    ['fr/98/765432101', 'FR98765432101'],
    ['12-3456789', 'US123456789'],
    [' 12 - 3456789 ', 'US123456789'],
    ['US 12-3456789', 'US123456789'],
  ])('normalises %j to %s', (typed, stored) => {
    expect(normalizeTaxId(typed)).toBe(stored);
    expect(isValidTaxId(normalizeTaxId(typed))).toBe(true);
  });

  it('does not guess a country for nine bare digits, which could be many', () => {
    expect(normalizeTaxId('123456789')).toBe('123456789');
  });
});
