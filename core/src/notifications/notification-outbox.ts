import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { isDuplicateKey } from '../platform/database/is-duplicate-key.js';
import { CORE_DB } from '../platform/database/mongo-connections.js';
import { currentRequestId } from '../platform/logging/request-context.js';
import type { OutgoingEmail } from './mailer.js';
import { NotificationKey } from './notification-key.schema.js';
import { Notification } from './notification.schema.js';

export interface EnqueueOptions {
  /** The dispatcher sends it no earlier than this (default: at once). */
  notBefore?: Date;
}

/**
 * Queues an email for the Notification service: a pending row in the Core DB `notifications` outbox, which
 * Core API's dispatcher sends within seconds (and retries), so a slow or failing SMTP server never blocks the
 * request that caused the email.
 */
@Injectable()
export class NotificationOutbox {
  constructor(
    @InjectModel(Notification.name, CORE_DB) private readonly notifications: Model<Notification>,
    @InjectModel(NotificationKey.name, CORE_DB) private readonly keys: Model<NotificationKey>,
  ) {}

  async enqueue(email: OutgoingEmail, origin: string, options: EnqueueOptions = {}): Promise<string> {
    const requestId = currentRequestId();
    const now = new Date();
    const notification = await this.notifications.create({
      channel: 'email',
      ...email,
      status: 'pending',
      createdAt: now,
      nextAttemptAt: options.notBefore ?? now,
      attempts: 0,
      origin,
      ...(requestId ? { requestId } : {}),
    });
    return notification._id.toString();
  }

  /**
   * Queues the email unless one with the same key was queued before; returns whether it queued it. The key is
   * claimed first, so a retry or a concurrent caller never queues a second copy (at most once, by design).
   */
  async enqueueOnce(
    key: string,
    email: OutgoingEmail,
    origin: string,
    options: EnqueueOptions = {},
  ): Promise<boolean> {
    try {
      await this.keys.create({ _id: key, queuedAt: new Date() });
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
    await this.enqueue(email, origin, options);
    return true;
  }
}
