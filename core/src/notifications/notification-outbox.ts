import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { CORE_DB } from '../platform/database/mongo-connections.js';
import { currentRequestId } from '../platform/logging/request-context.js';
import type { OutgoingEmail } from './mailer.js';
import { Notification } from './notification.schema.js';

/**
 * Queues an email for the Notification service: a pending row in the Core DB `notifications` outbox, which
 * Core API's dispatcher sends within seconds (and retries), so a slow or failing SMTP server never blocks the
 * request that caused the email.
 */
@Injectable()
export class NotificationOutbox {
  constructor(@InjectModel(Notification.name, CORE_DB) private readonly notifications: Model<Notification>) {}

  async enqueue(email: OutgoingEmail, origin: string): Promise<string> {
    const requestId = currentRequestId();
    const now = new Date();
    const notification = await this.notifications.create({
      channel: 'email',
      ...email,
      status: 'pending',
      createdAt: now,
      nextAttemptAt: now,
      attempts: 0,
      origin,
      ...(requestId ? { requestId } : {}),
    });
    return notification._id.toString();
  }
}
