import { passengerField, passengerNames } from './passenger-names';

describe('passengerNames', () => {
  it('reads the passenger fields in seat order, trimmed, ignoring every other field', () => {
    const body = {
      'passenger-10': ' Tenth ',
      'passenger-2': 'Grace Hopper',
      _csrf: 'token',
      'passenger-1': 'Ada Lovelace',
      'passenger-x': 'Nobody',
      'passenger-3': ['Two', 'values'],
    };

    expect(passengerNames(body)).toEqual(['Ada Lovelace', 'Grace Hopper', '', 'Tenth']);
  });

  it('reads a missing body as no passengers', () => {
    expect(passengerNames(undefined)).toEqual([]);
  });

  it("names a passenger the API refused by the form's field for that seat", () => {
    expect(passengerField('passengers.0.fullName')).toBe('passenger-1');
    expect(passengerField('passengers.11.fullName')).toBe('passenger-12');
    expect(passengerField('seats')).toBe('seats');
  });
});
