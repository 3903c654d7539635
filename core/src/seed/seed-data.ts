import type { LaunchStatus } from '../shared/rules/launch-status.js';
import type { RocketRange } from '../shared/rules/rocket-range.js';

export interface SeedLaunch {
  missionName: string;
  description: string;
  status: LaunchStatus;
  scheduledAt: Date;
  launchSite: string;
  siteTimeZone: string;
  destination: string;
  seatsTotal: number;
  seatsSold: number;
  minimumOccupancy: number;
  /** In minor units of `currency` (cents). */
  pricePerSeatMinor: number;
  currency: string;
}

export interface SeedRocket {
  name: string;
  model: string;
  capacity: number;
  range: RocketRange;
  launches: SeedLaunch[];
}

export interface SeedSupplier {
  name: string;
  description: string;
  contactEmail: string;
  contactPhone: string;
  legalName: string;
  taxId: string;
  legalAddress: string;
  rockets: SeedRocket[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Demo data with dates relative to `now`, so upcoming launches stay upcoming whenever the seed runs. */
export function seedData(now: Date): SeedSupplier[] {
  const at = (days: number, hourUtc: number): Date => {
    const date = new Date(now.getTime() + days * DAY_MS);
    date.setUTCHours(hourUtc, 0, 0, 0);
    return date;
  };
  const launch = (
    missionName: string,
    status: LaunchStatus,
    days: number,
    hourUtc: number,
    place: { launchSite: string; siteTimeZone: string; destination: string },
    seats: { seatsTotal: number; seatsSold: number; minimumOccupancy: number },
    pricePerSeatMinor: number,
    description: string,
  ): SeedLaunch => ({
    missionName,
    description,
    status,
    scheduledAt: at(days, hourUtc),
    ...place,
    ...seats,
    pricePerSeatMinor,
    currency: 'USD',
  });

  const capeLeo = {
    launchSite: 'Cape Canaveral SLC-40',
    siteTimeZone: 'America/New_York',
    destination: 'Low Earth Orbit',
  };
  const kennedyMoon = {
    launchSite: 'Kennedy Space Center LC-39A',
    siteTimeZone: 'America/New_York',
    destination: 'Lunar Gateway',
  };
  const tanegashimaMoon = {
    launchSite: 'Tanegashima Space Center',
    siteTimeZone: 'Asia/Tokyo',
    destination: 'Lunar Gateway',
  };
  const vanSuborbital = {
    launchSite: 'Spaceport America',
    siteTimeZone: 'America/Denver',
    destination: 'Suborbital (Kármán line)',
  };
  const kourouLeo = {
    launchSite: 'Guiana Space Centre ELA-4',
    siteTimeZone: 'America/Cayenne',
    destination: 'Low Earth Orbit',
  };
  const bocaMars = {
    launchSite: 'Starbase, Boca Chica',
    siteTimeZone: 'America/Chicago',
    destination: 'Mars transfer orbit',
  };

  return [
    {
      name: 'Orbital Horizons',
      description: 'Commercial crew flights to low Earth orbit and orbital stations.',
      contactEmail: 'crew@orbital-horizons.test',
      contactPhone: '+1 321 555 0100',
      legalName: 'Orbital Horizons Inc.',
      taxId: 'US481516234',
      legalAddress: '100 Space Commerce Way, Cape Canaveral, FL 32920, USA',
      rockets: [
        {
          name: 'Horizon Heavy',
          model: 'HH-2',
          capacity: 8,
          range: 'orbital',
          launches: [
            launch(
              'Sunrise Orbit I',
              'confirmed',
              9,
              14,
              capeLeo,
              { seatsTotal: 8, seatsSold: 5, minimumOccupancy: 4 },
              45_000_000,
              'Three days in orbit with a sunrise every 90 minutes.',
            ),
            launch(
              'Sunrise Orbit II',
              'scheduled',
              38,
              15,
              capeLeo,
              { seatsTotal: 8, seatsSold: 1, minimumOccupancy: 4 },
              46_500_000,
              'A longer orbital stay with a docking at the research station.',
            ),
            launch(
              'Pathfinder Crew 7',
              'successful',
              -21,
              13,
              capeLeo,
              { seatsTotal: 8, seatsSold: 8, minimumOccupancy: 4 },
              43_000_000,
              'Completed crew rotation flight.',
            ),
          ],
        },
        {
          name: 'Horizon Lite',
          model: 'HL-1',
          capacity: 4,
          range: 'orbital',
          launches: [
            launch(
              'Blue Marble Express',
              'scheduled',
              17,
              9,
              kourouLeo,
              { seatsTotal: 4, seatsSold: 0, minimumOccupancy: 2 },
              39_000_000,
              'A compact capsule flight with panoramic windows.',
            ),
            launch(
              'Equator Loop',
              'delayed',
              52,
              11,
              kourouLeo,
              { seatsTotal: 4, seatsSold: 2, minimumOccupancy: 2 },
              38_000_000,
              'Delayed for weather; an equatorial orbit on the new date.',
            ),
          ],
        },
      ],
    },
    {
      name: 'Selene Transit',
      description: 'Cislunar tourism: lunar flybys and stays at the Lunar Gateway.',
      contactEmail: 'hello@selene-transit.test',
      contactPhone: '+1 407 555 0199',
      legalName: 'Selene Transit LLC',
      taxId: 'US271828182',
      legalAddress: '2 Lunar Plaza, Titusville, FL 32780, USA',
      rockets: [
        {
          name: 'Selene Pioneer',
          model: 'SP-3',
          capacity: 6,
          range: 'moon',
          launches: [
            launch(
              'Artemis Tourist I',
              'scheduled',
              24,
              16,
              kennedyMoon,
              { seatsTotal: 6, seatsSold: 3, minimumOccupancy: 4 },
              125_000_000,
              'A free-return lunar flyby with a close view of the far side.',
            ),
            launch(
              'Far Side Flyby',
              'confirmed',
              66,
              1,
              tanegashimaMoon,
              { seatsTotal: 6, seatsSold: 4, minimumOccupancy: 4 },
              132_000_000,
              'Six days around the Moon and back.',
            ),
            launch(
              'Gateway Week',
              'aborted',
              3,
              17,
              kennedyMoon,
              { seatsTotal: 6, seatsSold: 2, minimumOccupancy: 4 },
              150_000_000,
              'Aborted: a guidance fault found in final checks.',
            ),
            launch(
              'Selene Test Flight 2',
              'failed',
              -45,
              12,
              kennedyMoon,
              { seatsTotal: 6, seatsSold: 0, minimumOccupancy: 0 },
              0,
              'Uncrewed test flight; upper stage lost.',
            ),
          ],
        },
      ],
    },
    {
      name: 'Red Dune Aerospace',
      description: 'Suborbital hops today and the first commercial seats towards Mars.',
      contactEmail: 'flights@red-dune.test',
      contactPhone: '+1 575 555 0142',
      legalName: 'Red Dune Aerospace Corp.',
      taxId: 'US314159265',
      legalAddress: '1 Spaceport Road, Truth or Consequences, NM 87901, USA',
      rockets: [
        {
          name: 'Dune Hopper',
          model: 'DH-12',
          capacity: 6,
          range: 'suborbital',
          launches: [
            launch(
              'Karman Line Hop 12',
              'scheduled',
              5,
              15,
              vanSuborbital,
              { seatsTotal: 6, seatsSold: 2, minimumOccupancy: 3 },
              25_000_000,
              'Ten minutes of flight, four of them weightless.',
            ),
            launch(
              'Karman Line Hop 13',
              'scheduled',
              12,
              15,
              vanSuborbital,
              { seatsTotal: 6, seatsSold: 0, minimumOccupancy: 3 },
              25_000_000,
              'Weekly suborbital flight with a view of the curvature.',
            ),
          ],
        },
        {
          name: 'Ares Voyager',
          model: 'AV-1',
          capacity: 12,
          range: 'mars',
          launches: [
            launch(
              'Red Frontier I',
              'scheduled',
              180,
              10,
              bocaMars,
              { seatsTotal: 12, seatsSold: 1, minimumOccupancy: 8 },
              480_000_000,
              'The first commercial seats on a Mars transfer window.',
            ),
          ],
        },
      ],
    },
  ];
}
