import { isLaunchStatus, LAUNCH_STATUS_VALUES, toLaunchesQuery } from './launches-query';

describe('the launches dashboard query', () => {
  it('lists every status of the Admin API in lifecycle order', () => {
    expect(LAUNCH_STATUS_VALUES).toEqual([
      'scheduled',
      'confirmed',
      'delayed',
      'aborted',
      'successful',
      'failed',
    ]);
    expect(isLaunchStatus('delayed')).toBe(true);
    expect(isLaunchStatus('landed')).toBe(false);
    expect(isLaunchStatus(undefined)).toBe(false);
  });

  it('passes the filters on, a day filter covering the whole UTC day', () => {
    expect(
      toLaunchesQuery({ status: 'confirmed', from: '2027-03-01', to: '2027-03-31', sort: 'occupancy' }),
    ).toEqual({
      status: 'confirmed',
      from: '2027-03-01T00:00:00.000Z',
      to: '2027-03-31T23:59:59.999Z',
      sort: 'occupancy',
    });
  });

  it('leaves out what is malformed and sorts by date by default', () => {
    expect(toLaunchesQuery({ status: 'landed', from: '01/03/2027', to: '2027-3-1', sort: 'price' })).toEqual({
      sort: 'scheduledAt',
    });
    expect(toLaunchesQuery({})).toEqual({ sort: 'scheduledAt' });
  });
});
