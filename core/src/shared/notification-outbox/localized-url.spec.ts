import { localizedUrl } from './localized-url.js';

describe('localizedUrl', () => {
  it('keeps English pages at the site root and puts Spanish ones under /es/', () => {
    expect(localizedUrl('https://app.test', 'en', '/bookings/1')).toBe('https://app.test/bookings/1');
    expect(localizedUrl('https://app.test', 'es', '/bookings/1')).toBe('https://app.test/es/bookings/1');
  });
});
