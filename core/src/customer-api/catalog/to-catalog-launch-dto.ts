import type { CatalogLaunch } from '../../shared/model/customer-db/catalog-launch.schema.js';
import type { CatalogLaunchDto } from './catalog-launch.dto.js';

export function toCatalogLaunchDto(entry: CatalogLaunch): CatalogLaunchDto {
  return {
    id: entry.launchId,
    missionName: entry.missionName,
    description: entry.description,
    supplierName: entry.supplierName,
    rocketName: entry.rocketName,
    destination: entry.destination,
    launchSite: entry.launchSite,
    siteTimeZone: entry.siteTimeZone ?? 'UTC',
    scheduledAt: entry.scheduledAt.toISOString(),
    pricePerSeatMinor: entry.pricePerSeatMinor,
    currency: entry.currency,
    seatsTotal: entry.seatsTotal,
    seatsAvailable: entry.seatsAvailable,
    status: entry.status,
  };
}
