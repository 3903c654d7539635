import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { SystemLogsService } from '../../shared/system-log-store/system-logs.service.js';
import { Mailer } from './mailer.js';
import type { OutgoingEmail } from '../../shared/notification-outbox/outgoing-email.js';
import { Notification } from '../../shared/model/core-db/notification.schema.js';
import type { NotificationDto } from './notification.dto.js';
import { toNotificationDto } from './to-notification-dto.js';

/** Sends email and keeps a record of every attempt, sent or failed, in the Core DB. */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    @InjectModel(Notification.name, CORE_DB) private readonly notifications: Model<Notification>,
    private readonly mailer: Mailer,
    private readonly systemLogs: SystemLogsService,
  ) {}

  async sendEmail(email: OutgoingEmail, actor: string): Promise<NotificationDto> {
    const notification = await this.notifications.create({
      ...email,
      status: 'pending',
      createdAt: new Date(),
    });
    try {
      await this.mailer.send(email);
      notification.status = 'sent';
      notification.sentAt = new Date();
    } catch (error) {
      notification.status = 'failed';
      notification.error = error instanceof Error ? error.message : String(error);
      this.logger.warn(`email to ${email.to} failed: ${notification.error}`);
    }
    await notification.save();
    await this.systemLogs.record(`notification.${notification.status}`, actor, {
      notificationId: notification._id.toString(),
      to: email.to,
      subject: email.subject,
    });
    return toNotificationDto(notification);
  }
}
