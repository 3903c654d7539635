import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { createHash } from 'node:crypto';
import { Types, type Model } from 'mongoose';
import { isDuplicateKey } from '../../platform/database/is-duplicate-key.js';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { currentRequestId } from '../../platform/logging/request-context.js';
import type { OutgoingEmail } from './outgoing-email.js';
import { NotificationKey } from '../model/core-db/notification-key.schema.js';
import { Notification } from '../model/core-db/notification.schema.js';

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
    const notification = await this.notifications.create(this.pending(email, origin, options));
    return notification._id.toString();
  }

  /**
   * Queues the email unless one with the same key was queued before; returns whether it queued it. The
   * notification's id is derived from the key, so queueing is one insert that a retry, a concurrent caller or a
   * re-run after a crash can never repeat: exactly once, with no window in which a claimed key has no email.
   * The key is also recorded in `notification_keys`, which still holds keys claimed before ids were derived.
   */
  async enqueueOnce(
    key: string,
    email: OutgoingEmail,
    origin: string,
    options: EnqueueOptions = {},
  ): Promise<boolean> {
    if (await this.keys.exists({ _id: key })) return false;
    try {
      await this.notifications.create({ _id: idForKey(key), ...this.pending(email, origin, options) });
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
    await this.mark(key);
    return true;
  }

  /** Records that something happened once (e.g. a launch's announcement completed), for `marked`. */
  async mark(key: string): Promise<void> {
    await this.keys.create({ _id: key, queuedAt: new Date() }).catch((error: unknown) => {
      if (!isDuplicateKey(error)) throw error;
    });
  }

  /** Which of `keys` were claimed by `enqueueOnce` or recorded by `mark`. */
  async marked(keys: string[]): Promise<Set<string>> {
    const found = await this.keys
      .find({ _id: { $in: keys } }, { _id: 1 })
      .lean()
      .exec();
    return new Set(found.map((key) => key._id));
  }

  private pending(email: OutgoingEmail, origin: string, options: EnqueueOptions) {
    const requestId = currentRequestId();
    const now = new Date();
    return {
      channel: 'email',
      ...email,
      status: 'pending' as const,
      createdAt: now,
      nextAttemptAt: options.notBefore ?? now,
      attempts: 0,
      origin,
      ...(requestId ? { requestId } : {}),
    };
  }
}

/** A notification id that is a function of its key (the first 12 bytes of the key's SHA-256). */
function idForKey(key: string): Types.ObjectId {
  return new Types.ObjectId(createHash('sha256').update(key).digest().subarray(0, 12));
}
