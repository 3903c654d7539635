import type { LaunchStatus } from '../../shared/rules/launch-status.js';
import type { EmailCatalogue } from '../../shared/notification-outbox/email-catalogue.js';

const ES_STATUS: Record<LaunchStatus, string> = {
  scheduled: 'programado',
  confirmed: 'confirmado',
  delayed: 'retrasado',
  aborted: 'abortado',
  successful: 'completado con éxito',
  failed: 'fallido',
};

/** Sent to a launch's supplier staff and its confirmed customers when its status changes. */
export const LAUNCH_STATUS_CHANGED: EmailCatalogue<{
  missionName: string;
  toStatus: LaunchStatus;
  /** Undefined for a launch that has just been created. */
  fromStatus: LaunchStatus | undefined;
  launchTime: string;
  reason: string | undefined;
}> = {
  en: ({ missionName, toStatus, fromStatus, launchTime, reason }) => ({
    subject: `${missionName}: launch ${toStatus}`,
    text: [
      `The launch ${missionName} is now ${toStatus} (was ${fromStatus ?? 'new'}).`,
      `Launch date: ${launchTime}`,
      ...(reason ? [`Reason: ${reason}`] : []),
      ...(toStatus === 'aborted' ? ['Every booking on this launch is cancelled and fully refunded.'] : []),
    ].join('\n'),
  }),
  es: ({ missionName, toStatus, fromStatus, launchTime, reason }) => ({
    subject: `${missionName}: lanzamiento ${ES_STATUS[toStatus]}`,
    text: [
      `El lanzamiento ${missionName} está ahora ${ES_STATUS[toStatus]} (antes: ${fromStatus ? ES_STATUS[fromStatus] : 'nuevo'}).`,
      `Fecha de lanzamiento: ${launchTime}`,
      ...(reason ? [`Motivo: ${reason}`] : []),
      ...(toStatus === 'aborted'
        ? ['Todas las reservas de este lanzamiento quedan canceladas y se reembolsan por completo.']
        : []),
    ].join('\n'),
  }),
};
