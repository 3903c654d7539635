import { projectLaunch, type LaunchWithNames } from './project-launch.js';

const launch = {
  id: '9f0c4a52-6c1e-4a8b-9d7e-3f1c2b4a5d6e',
  supplierId: 's1',
  rocketId: 'r1',
  missionName: 'Sunrise Orbit I',
  description: 'Three days in orbit.',
  status: 'confirmed',
  scheduledAt: new Date('2030-01-02T03:04:05.000Z'),
  launchSite: 'Cape Canaveral SLC-40',
  siteTimeZone: 'America/New_York',
  destination: 'Low Earth Orbit',
  seatsTotal: 8,
  seatsSold: 5,
  minimumOccupancy: 4,
  pricePerSeatMinor: 45_000_050,
  currency: 'USD',
  createdAt: new Date(),
  updatedAt: new Date(),
  supplier: { name: 'Orbital Horizons' },
  rocket: { name: 'Horizon Heavy' },
} as LaunchWithNames;

describe('projectLaunch', () => {
  it('copies the public fields, the site time zone and the supplier and rocket names', () => {
    expect(projectLaunch(launch)).toStrictEqual({
      launchId: launch.id,
      missionName: 'Sunrise Orbit I',
      description: 'Three days in orbit.',
      supplierName: 'Orbital Horizons',
      rocketName: 'Horizon Heavy',
      destination: 'Low Earth Orbit',
      launchSite: 'Cape Canaveral SLC-40',
      siteTimeZone: 'America/New_York',
      scheduledAt: new Date('2030-01-02T03:04:05.000Z'),
      pricePerSeatMinor: 45_000_050,
      currency: 'USD',
      seatsTotal: 8,
      seatsAvailable: 3,
      status: 'confirmed',
    });
  });

  it('leaves out operations-only fields such as minimum occupancy and seats sold', () => {
    const entry = projectLaunch(launch) as unknown as Record<string, unknown>;
    expect(entry).not.toHaveProperty('minimumOccupancy');
    expect(entry).not.toHaveProperty('seatsSold');
    expect(entry).not.toHaveProperty('supplierId');
  });

  it('never shows negative seats left, even if more were sold than exist', () => {
    expect(projectLaunch({ ...launch, seatsSold: 10 }).seatsAvailable).toBe(0);
  });
});
