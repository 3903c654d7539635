import { instantToWallTime, wallTimeToInstant } from './wall-time.js';

const iso = (wallTime: string, zone: string) => wallTimeToInstant(wallTime, zone).toISOString();

describe('wallTimeToInstant', () => {
  it('reads a wall time in the zone it is given', () => {
    expect(iso('2027-05-12T10:00', 'Asia/Tokyo')).toBe('2027-05-12T01:00:00.000Z');
    expect(iso('2027-01-15T09:30', 'America/New_York')).toBe('2027-01-15T14:30:00.000Z');
    expect(iso('2027-07-15T09:30', 'America/New_York')).toBe('2027-07-15T13:30:00.000Z');
    expect(iso('2027-07-15T09:30:15', 'UTC')).toBe('2027-07-15T09:30:15.000Z');
  });

  it('handles zones whose offset is not a whole hour', () => {
    expect(iso('2027-03-01T12:00', 'Asia/Kolkata')).toBe('2027-03-01T06:30:00.000Z');
    expect(iso('2027-03-01T12:00', 'Asia/Kathmandu')).toBe('2027-03-01T06:15:00.000Z');
    // Adelaide is half an hour off and on daylight saving time in the southern summer.
    expect(iso('2027-01-10T12:00', 'Australia/Adelaide')).toBe('2027-01-10T01:30:00.000Z');
    expect(iso('2027-07-10T12:00', 'Australia/Adelaide')).toBe('2027-07-10T02:30:00.000Z');
  });

  it('moves a time the clocks skip in spring forward by the length of the gap', () => {
    // New York goes from 01:59 EST to 03:00 EDT on 14 March 2027: 02:30 never shows.
    expect(iso('2027-03-14T02:30', 'America/New_York')).toBe('2027-03-14T07:30:00.000Z');
    expect(instantToWallTime('2027-03-14T07:30:00.000Z', 'America/New_York')).toBe('2027-03-14T03:30');
    expect(iso('2027-03-14T03:00', 'America/New_York')).toBe('2027-03-14T07:00:00.000Z');
    expect(iso('2027-03-14T01:59', 'America/New_York')).toBe('2027-03-14T06:59:00.000Z');
  });

  it('takes the first of the two instants a time names when the clocks fall back', () => {
    // New York shows 01:00 to 01:59 twice on 7 November 2027, first in EDT (-4) then in EST (-5).
    expect(iso('2027-11-07T01:30', 'America/New_York')).toBe('2027-11-07T05:30:00.000Z');
    expect(iso('2027-11-07T02:00', 'America/New_York')).toBe('2027-11-07T07:00:00.000Z');
    expect(iso('2027-11-07T00:59', 'America/New_York')).toBe('2027-11-07T04:59:00.000Z');
  });

  it('handles the change at midnight, and a zone that skipped a whole day', () => {
    // Santiago springs forward at midnight: 00:30 on 5 September 2027 does not exist there.
    expect(
      instantToWallTime(wallTimeToInstant('2027-09-05T00:30', 'America/Santiago'), 'America/Santiago'),
    ).toBe('2027-09-05T01:30');
    // Samoa moved across the date line: 30 December 2011 never happened in Apia.
    expect(iso('2011-12-29T23:00', 'Pacific/Apia')).toBe('2011-12-30T09:00:00.000Z');
    expect(iso('2011-12-31T01:00', 'Pacific/Apia')).toBe('2011-12-30T11:00:00.000Z');
  });

  it('refuses an unknown zone and a malformed or impossible wall time', () => {
    expect(() => wallTimeToInstant('2027-05-12T10:00', 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => wallTimeToInstant('soon', 'Asia/Tokyo')).toThrow(RangeError);
    expect(() => wallTimeToInstant('2027-02-30T10:00', 'Asia/Tokyo')).toThrow(RangeError);
    expect(() => wallTimeToInstant('2027-05-12T24:00', 'Asia/Tokyo')).toThrow(RangeError);
    expect(() => wallTimeToInstant('2027-05-12T10:00Z', 'Asia/Tokyo')).toThrow(RangeError);
  });
});

describe('instantToWallTime', () => {
  it('shows an instant as the zone’s clocks read it, to the minute', () => {
    expect(instantToWallTime('2027-05-12T01:00:00.000Z', 'Asia/Tokyo')).toBe('2027-05-12T10:00');
    expect(instantToWallTime(new Date('2027-11-07T06:30:45Z'), 'America/New_York')).toBe('2027-11-07T01:30');
    expect(instantToWallTime('2027-03-01T06:15:00Z', 'Asia/Kathmandu')).toBe('2027-03-01T12:00');
  });

  it('gives back every wall time it is handed outside a daylight saving change', () => {
    for (const zone of [
      'Asia/Tokyo',
      'America/New_York',
      'Asia/Kolkata',
      'America/Cayenne',
      'Europe/Madrid',
    ]) {
      expect(instantToWallTime(wallTimeToInstant('2027-06-30T23:45', zone), zone)).toBe('2027-06-30T23:45');
    }
  });
});
