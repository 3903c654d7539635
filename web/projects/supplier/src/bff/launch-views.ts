import type { AdminApi } from '@astrobookings/openapi';
import { instantToWallTime, type SessionUser } from '@astrobookings/bff';
import type { LaunchDetailView } from '../app/launches/launch-detail-view';
import type { LaunchRow } from '../app/launches/launches-view';

type Schemas = AdminApi.components['schemas'];

/** One launch as the dashboard's table and chart show it. */
export function toLaunchRow(launch: Schemas['AdminLaunchDto']): LaunchRow {
  return {
    id: launch.id,
    missionName: launch.missionName,
    rocketName: launch.rocketName,
    destination: launch.destination,
    scheduledAt: launch.scheduledAt,
    siteTimeZone: launch.siteTimeZone,
    status: launch.status,
    seatsTotal: launch.seatsTotal,
    seatsSold: launch.seatsSold,
    minimumOccupancy: launch.minimumOccupancy,
    occupancyRate: launch.occupancyRate,
    viable: launch.viable,
  };
}

/** What the Admin API says about one launch, for its detail and edit pages. */
export interface LaunchAnswers {
  readonly launch: Schemas['AdminLaunchDto'];
  readonly history: readonly Schemas['LaunchStatusChangeDto'][];
  readonly bookings: readonly Schemas['LaunchBookingDto'][];
  readonly passengers: readonly Schemas['ManifestPassengerDto'][];
}

/**
 * One launch with its history, bookings and manifest. The history names the signed-in supplier as
 * "(you)"; other actors stay ids, as the Admin API gives no one else's name.
 */
export function toLaunchDetailView(answers: LaunchAnswers, me: SessionUser | undefined): LaunchDetailView {
  const { launch } = answers;
  return {
    launch: {
      ...toLaunchRow(launch),
      description: launch.description,
      launchSite: launch.launchSite,
      siteWallTime: instantToWallTime(launch.scheduledAt, launch.siteTimeZone),
      pricePerSeatMinor: launch.pricePerSeatMinor,
      currency: launch.currency,
      seatsAvailable: launch.seatsAvailable,
      editable: launch.editable,
    },
    history: answers.history.map((change) => ({
      from: change.from,
      to: change.to,
      reason: change.reason,
      scheduledAt: change.scheduledAt,
      actor: me && change.actorId === me.id ? `${me.name} (you)` : change.actorId,
      at: change.at,
    })),
    bookings: answers.bookings.map((booking) => ({
      id: booking.id,
      customerEmail: booking.customerEmail,
      seats: booking.seats,
      status: booking.status,
      amountMinor: booking.amountMinor,
      currency: booking.currency,
      createdAt: booking.createdAt,
    })),
    manifest: answers.passengers.map((passenger) => ({
      seat: passenger.seat,
      fullName: passenger.fullName,
      customerEmail: passenger.customerEmail,
    })),
    nextStatuses: launch.nextStatuses,
  };
}
