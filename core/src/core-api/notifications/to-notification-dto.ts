import type { NotificationDto } from './notification.dto.js';
import type { Notification } from '../../shared/model/core-db/notification.schema.js';

/** What IT employees see of a notification (never its text, which may hold a link with a secret). */
export function toNotificationDto(
  notification: Notification & { _id: { toString(): string } },
): NotificationDto {
  return {
    id: notification._id.toString(),
    channel: notification.channel,
    to: notification.to,
    subject: notification.subject,
    status: notification.status,
    createdAt: notification.createdAt.toISOString(),
    attempts: notification.attempts ?? 0,
    ...(notification.sentAt ? { sentAt: notification.sentAt.toISOString() } : {}),
    ...(notification.error ? { error: notification.error } : {}),
    ...(notification.nextAttemptAt && notification.status === 'pending'
      ? { nextAttemptAt: notification.nextAttemptAt.toISOString() }
      : {}),
  };
}
