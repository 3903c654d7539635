import { BOOKABLE_STATUSES } from '../shared/rules/launch-status.js';
import { seedData } from './seed-data.js';

const now = new Date('2026-06-01T12:00:00.000Z');
const suppliers = seedData(now);
const rockets = suppliers.flatMap((supplier) => supplier.rockets);
const launches = rockets.flatMap((rocket) => rocket.launches.map((launch) => ({ rocket, launch })));

describe('seed data', () => {
  it('has at least 3 suppliers, 5 rockets and 12 launches', () => {
    expect(suppliers.length).toBeGreaterThanOrEqual(3);
    expect(rockets.length).toBeGreaterThanOrEqual(5);
    expect(launches.length).toBeGreaterThanOrEqual(12);
  });

  it('spreads launches across several statuses', () => {
    const statuses = new Set(launches.map(({ launch }) => launch.status));
    expect(statuses.size).toBeGreaterThanOrEqual(4);
  });

  it('puts every bookable launch in the future and every flown one in the past', () => {
    for (const { launch } of launches) {
      if (BOOKABLE_STATUSES.includes(launch.status))
        expect(launch.scheduledAt.getTime()).toBeGreaterThan(now.getTime());
      if (launch.status === 'successful' || launch.status === 'failed') {
        expect(launch.scheduledAt.getTime()).toBeLessThan(now.getTime());
      }
    }
  });

  it('never offers more seats than the rocket holds, nor sells more than offered', () => {
    for (const { rocket, launch } of launches) {
      expect(launch.seatsTotal).toBeLessThanOrEqual(rocket.capacity);
      expect(launch.seatsSold).toBeLessThanOrEqual(launch.seatsTotal);
      expect(launch.minimumOccupancy).toBeLessThanOrEqual(launch.seatsTotal);
    }
  });

  it('uses unique supplier names and unique mission names', () => {
    expect(new Set(suppliers.map((s) => s.name)).size).toBe(suppliers.length);
    expect(new Set(launches.map(({ launch }) => launch.missionName)).size).toBe(launches.length);
  });
});
