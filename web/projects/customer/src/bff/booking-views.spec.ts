import type { CustomerApi } from '@astrobookings/openapi';
import { toBookFormView } from './booking-views';

type Schemas = CustomerApi.components['schemas'];

const launch = {
  id: 'l-1',
  missionName: 'Lunar Loop',
  supplierName: 'Orbital Works',
  rocketName: 'Kestrel',
  destination: 'Moon',
  launchSite: 'Kourou',
  siteTimeZone: 'America/Cayenne',
  scheduledAt: '2027-03-01T10:00:00.000Z',
  pricePerSeatMinor: 25_000_000,
  currency: 'USD',
  seatsAvailable: 5,
  seatsTotal: 8,
  description: 'Around the Moon and back.',
  status: 'scheduled',
} as Schemas['CatalogLaunchDto'];

function bookings(vip: boolean): Schemas['BookingListDto'] {
  return {
    upcoming: [],
    past: [],
    cancelled: [],
    vip,
    maxSeatsPerBooking: vip ? 6 : 4,
    seatLimits: { standard: 4, vip: 6 },
  };
}

describe('the booking form view', () => {
  it("offers the Customer API's seat limit for the customer and says whether they are a VIP", () => {
    const view = toBookFormView(launch, bookings(false), 'key-12345678');

    expect(view.maxSeats).toBe(4);
    expect(view.vip).toBe(false);
    expect(view.seatLimits).toEqual({ standard: 4, vip: 6 });
    expect(view.idempotencyKey).toBe('key-12345678');
    expect(view.launch.description).toBe('Around the Moon and back.');
    expect(view.launch.siteTimeZone).toBe('America/Cayenne');
  });

  it('never offers more seats than are left, nor fewer than one', () => {
    expect(toBookFormView(launch, bookings(true), 'k').maxSeats).toBe(5);
    expect(toBookFormView({ ...launch, seatsAvailable: 0 }, bookings(true), 'k').maxSeats).toBe(1);
  });
});
