import { launchTimeText } from './launch-time-text.js';

describe('launchTimeText', () => {
  it('writes the launch site time with its zone, then the same instant in UTC', () => {
    const text = launchTimeText(new Date('2026-07-01T01:00:00Z'), 'Asia/Tokyo');
    expect(text).toBe('Wed, Jul 1, 2026, 10:00 GMT+9 (Asia/Tokyo time); Wed, Jul 1, 2026, 01:00 UTC');
  });

  it('follows daylight saving time at the site', () => {
    expect(launchTimeText(new Date('2026-07-01T14:00:00Z'), 'America/New_York')).toContain('10:00 EDT');
    expect(launchTimeText(new Date('2026-12-01T15:00:00Z'), 'America/New_York')).toContain('10:00 EST');
  });

  it('writes a UTC site time once', () => {
    expect(launchTimeText(new Date('2026-07-01T01:00:00Z'), 'UTC')).toBe(
      'Wed, Jul 1, 2026, 01:00 UTC (UTC time)',
    );
  });
});

describe('launchTimeText in Spanish', () => {
  it('writes the days, months and zone name in Spanish', () => {
    expect(launchTimeText(new Date('2026-07-01T01:00:00Z'), 'Asia/Tokyo', 'es-ES')).toBe(
      'mié, 1 jul 2026, 10:00 GMT+9 (hora de Asia/Tokyo); mié, 1 jul 2026, 01:00 UTC',
    );
  });
});
