import { localeOfPath, localePath } from './locale-path.js';

describe('localePath', () => {
  it('puts a page path under the language code, keeping its query', () => {
    expect(localePath('/launches?destination=Moon', 'es')).toBe('/es/launches?destination=Moon');
    expect(localePath('/', 'es')).toBe('/es/');
  });

  it('keeps English at the site root', () => {
    expect(localePath('/launches', 'en')).toBe('/launches');
  });

  it('never prefixes twice, nor touches protocol-relative URLs', () => {
    expect(localePath('/es/launches', 'es')).toBe('/es/launches');
    expect(localePath('//evil.example/', 'es')).toBe('//evil.example/');
  });
});

describe('localeOfPath', () => {
  it('reads the language from the first segment only', () => {
    expect(localeOfPath('/es')).toBe('es');
    expect(localeOfPath('/es/bookings')).toBe('es');
    expect(localeOfPath('/es?x=1')).toBe('es');
    expect(localeOfPath('/estonia-launches')).toBe('en');
    expect(localeOfPath('/launches/es')).toBe('en');
  });
});
