import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { SystemLogsService } from '../../shared/system-log-store/system-logs.service.js';
import type { NotificationListDto, NotificationDto } from './notification.dto.js';
import { Notification, type NotificationStatus } from '../../shared/model/core-db/notification.schema.js';
import { redactTokens } from './redact-tokens.js';
import { toNotificationDto } from './to-notification-dto.js';

/** The notification queue as IT employees work it: filter it, mark a notification sent, delete one. */
@Injectable()
export class NotificationQueueService {
  constructor(
    @InjectModel(Notification.name, CORE_DB) private readonly notifications: Model<Notification>,
    private readonly systemLogs: SystemLogsService,
  ) {}

  /** Newest first. */
  async list(filter: {
    status?: NotificationStatus;
    limit: number;
    offset: number;
  }): Promise<NotificationListDto> {
    const where = filter.status ? { status: filter.status } : {};
    const [items, total] = await Promise.all([
      this.notifications
        .find(where)
        .sort({ createdAt: -1, _id: -1 })
        .skip(filter.offset)
        .limit(filter.limit)
        .lean()
        .exec(),
      this.notifications.countDocuments(where).exec(),
    ]);
    return { items: items.map(toNotificationDto), total };
  }

  /**
   * Records a notification as sent by hand (e.g. delivered another way), so the dispatcher stops trying it.
   * Marking a sent one again changes nothing.
   */
  async markSent(id: string, actor: string): Promise<NotificationDto> {
    const notification = await this.notifications.findById(id).exec();
    if (!notification) throw notFound(id);
    if (notification.status !== 'sent') {
      const from = notification.status;
      notification.status = 'sent';
      notification.sentAt = new Date();
      notification.error = undefined;
      // No more attempts will be made, so the stored copy keeps no usable link (as the dispatcher does).
      notification.text = redactTokens(notification.text);
      await notification.save();
      await this.systemLogs.record('notification.marked-sent', actor, { notificationId: id, from });
    }
    return toNotificationDto(notification);
  }

  async remove(id: string, actor: string): Promise<void> {
    const deleted = await this.notifications.findByIdAndDelete(id).lean().exec();
    if (!deleted) throw notFound(id);
    await this.systemLogs.record('notification.deleted', actor, {
      notificationId: id,
      to: deleted.to,
      subject: deleted.subject,
      status: deleted.status,
    });
  }
}

function notFound(id: string): NotFoundException {
  return new NotFoundException(`Notification ${id} does not exist.`);
}
