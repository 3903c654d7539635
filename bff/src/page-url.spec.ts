import { pageUrl } from './page-url.js';

describe('pageUrl', () => {
  it('adds the parameters that have a value, encoded', () => {
    expect(pageUrl('/launches/new', { error: 'Seats: 7 > 6', notice: undefined, empty: '' })).toBe(
      '/launches/new?error=Seats%3A+7+%3E+6',
    );
  });

  it('is the bare path without parameters', () => {
    expect(pageUrl('/rockets')).toBe('/rockets');
    expect(pageUrl('/rockets', { notice: undefined })).toBe('/rockets');
  });
});
