import { supplierReliability, type FlightOutcome } from './supplier-reliability.js';

const S: FlightOutcome = 'successful';
const F: FlightOutcome = 'failed';

describe('supplierReliability', () => {
  it.each<[string, FlightOutcome[], boolean]>([
    ['a supplier that never flew is new', [], false],
    ['two successes are not enough', [S, S], false],
    ['three successes make a supplier reliable', [S, S, S], true],
    ['a failure among the latest five flights takes reliability away', [S, S, S, S, F], false],
    ['the latest flight failing takes reliability away', [F, S, S, S, S, S], false],
    ['a failure older than the latest five flights is forgiven', [S, S, S, S, S, F], true],
    ['three successes after an old failure still need five clean flights', [S, S, S, F], false],
    ['many successes with a recent failure are not reliable', [S, F, S, S, S, S, S, S], false],
  ])('%s', (_case, flights, reliable) => {
    expect(supplierReliability(flights).reliable).toBe(reliable);
  });

  it('counts successful, failed and recent failed flights', () => {
    expect(supplierReliability([S, F, S, S, S, S, F])).toEqual({
      reliable: false,
      successfulFlights: 5,
      failedFlights: 2,
      recentFailures: 1,
    });
  });
});
