import type { AdminLaunchDto } from './admin-launch.dto.js';
import type { Launch } from '../../shared/model/operations/launch.entity.js';
import { EDITABLE_STATUSES } from '../../shared/rules/launch-status.js';
import { nextStatuses } from '../../shared/rules/launch-transitions.js';

/**
 * A launch (with its supplier and rocket loaded) as back-office apps see it: occupancy and what its supplier may
 * do with it now included, so no page works the lifecycle out again.
 */
export function toAdminLaunchDto(launch: Launch, now = new Date()): AdminLaunchDto {
  return {
    id: launch.id,
    missionName: launch.missionName,
    description: launch.description,
    supplierId: launch.supplierId,
    supplierName: launch.supplier?.name ?? '',
    rocketId: launch.rocketId,
    rocketName: launch.rocket?.name ?? '',
    destination: launch.destination,
    launchSite: launch.launchSite,
    siteTimeZone: launch.siteTimeZone,
    scheduledAt: launch.scheduledAt.toISOString(),
    pricePerSeatMinor: launch.pricePerSeatMinor,
    currency: launch.currency,
    seatsTotal: launch.seatsTotal,
    seatsSold: launch.seatsSold,
    seatsAvailable: Math.max(0, launch.seatsTotal - launch.seatsSold),
    minimumOccupancy: launch.minimumOccupancy,
    occupancyRate: Math.round((launch.seatsSold / launch.seatsTotal) * 1000) / 1000,
    viable: launch.seatsSold >= launch.minimumOccupancy,
    status: launch.status,
    nextStatuses: nextStatuses(launch, now),
    editable: EDITABLE_STATUSES.includes(launch.status),
  };
}
