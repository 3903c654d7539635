import type { CatalogLaunch } from '../../shared/model/customer-db/catalog-launch.schema.js';
import type { Launch } from '../../shared/model/operations/launch.entity.js';

/** A launch joined with the names the catalog shows. */
export type LaunchWithNames = Launch & { supplier: { name: string }; rocket: { name: string } };

/** Turns an operations launch into its public catalog entry; seats left never go below zero. */
export function projectLaunch(launch: LaunchWithNames): CatalogLaunch {
  return {
    launchId: launch.id,
    missionName: launch.missionName,
    description: launch.description,
    supplierName: launch.supplier.name,
    rocketName: launch.rocket.name,
    destination: launch.destination,
    launchSite: launch.launchSite,
    siteTimeZone: launch.siteTimeZone,
    scheduledAt: new Date(launch.scheduledAt),
    pricePerSeatMinor: launch.pricePerSeatMinor,
    currency: launch.currency,
    seatsTotal: launch.seatsTotal,
    seatsAvailable: Math.max(0, launch.seatsTotal - launch.seatsSold),
    status: launch.status,
  };
}
