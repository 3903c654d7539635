import type { UpcomingLaunch } from '../app/home/home-view';

/** Only the fields the pages show: the API's answer may grow without the pages' payload growing. */
export function toUpcoming(launch: UpcomingLaunch): UpcomingLaunch {
  return {
    id: launch.id,
    missionName: launch.missionName,
    supplierName: launch.supplierName,
    rocketName: launch.rocketName,
    destination: launch.destination,
    launchSite: launch.launchSite,
    siteTimeZone: launch.siteTimeZone,
    scheduledAt: launch.scheduledAt,
    pricePerSeatMinor: launch.pricePerSeatMinor,
    currency: launch.currency,
    seatsAvailable: launch.seatsAvailable,
    seatsTotal: launch.seatsTotal,
  };
}
