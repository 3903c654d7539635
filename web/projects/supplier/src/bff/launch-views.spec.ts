import type { AdminApi } from '@astrobookings/openapi';
import { toLaunchDetailView, toLaunchRow } from './launch-views';

type Schemas = AdminApi.components['schemas'];

const launch: Schemas['AdminLaunchDto'] = {
  id: 'l-1',
  supplierId: 's-1',
  supplierName: 'Orbital Works',
  rocketId: 'r-1',
  rocketName: 'Kestrel',
  missionName: 'Perigee Dawn',
  description: 'Three days in orbit.',
  launchSite: 'Kourou ELA-4',
  siteTimeZone: 'America/Cayenne',
  destination: 'Low Earth Orbit',
  scheduledAt: '2027-03-01T10:00:00.000Z',
  status: 'scheduled',
  pricePerSeatMinor: 18_000_000,
  currency: 'USD',
  seatsTotal: 6,
  seatsSold: 2,
  seatsAvailable: 4,
  minimumOccupancy: 3,
  occupancyRate: 2 / 6,
  viable: false,
  editable: true,
  nextStatuses: ['confirmed', 'delayed', 'aborted'],
};

describe('launch views', () => {
  it("keeps only the dashboard row's fields", () => {
    expect(toLaunchRow(launch)).toEqual({
      id: 'l-1',
      missionName: 'Perigee Dawn',
      rocketName: 'Kestrel',
      destination: 'Low Earth Orbit',
      scheduledAt: '2027-03-01T10:00:00.000Z',
      siteTimeZone: 'America/Cayenne',
      status: 'scheduled',
      seatsTotal: 6,
      seatsSold: 2,
      minimumOccupancy: 3,
      occupancyRate: 2 / 6,
      viable: false,
    });
  });

  it('passes on what the Admin API says the launch may do next, and names the signed-in supplier', () => {
    const me = { id: 'u-1', email: 'ops@orbital.test', name: 'Orbital Ops', roles: ['supplier'] };
    const view = toLaunchDetailView(
      {
        launch,
        history: [
          {
            from: null,
            to: 'scheduled',
            reason: null,
            scheduledAt: launch.scheduledAt,
            actorId: 'u-1',
            at: 'a',
          },
          {
            from: 'scheduled',
            to: 'delayed',
            reason: 'Weather',
            scheduledAt: launch.scheduledAt,
            actorId: 'u-2',
            at: 'b',
          },
        ] as Schemas['LaunchStatusChangeDto'][],
        bookings: [],
        passengers: [
          { seat: 1, fullName: 'Ada Lovelace', customerEmail: 'ada@example.test' },
        ] as Schemas['ManifestPassengerDto'][],
      },
      me,
    );

    expect(view.launch.editable).toBe(true);
    // Kourou is three hours behind UTC all year: the form shows the date on the site's clocks.
    expect(view.launch.siteWallTime).toBe('2027-03-01T07:00');
    expect(view.nextStatuses).toEqual(['confirmed', 'delayed', 'aborted']);
    expect(view.history.map((change) => change.actor)).toEqual(['Orbital Ops (you)', 'u-2']);
    expect(view.manifest).toEqual([{ seat: 1, fullName: 'Ada Lovelace', customerEmail: 'ada@example.test' }]);
  });
});
