import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { isDuplicateKey } from '../../platform/database/is-duplicate-key.js';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { runWithRequestId } from '../../platform/logging/request-context.js';
import { SystemLogsService } from '../../shared/system-log-store/system-logs.service.js';
import { Mailer } from './mailer.js';
import { NotificationClaim } from '../../shared/model/core-db/notification-claim.schema.js';
import { Notification, type NotificationDocument } from '../../shared/model/core-db/notification.schema.js';
import { redactTokens } from './redact-tokens.js';

const BATCH = 20;
export const MAX_ATTEMPTS = 5;

/**
 * The Notification service's outbox dispatcher: every NOTIFICATION_DISPATCH_INTERVAL_MS it sends pending
 * emails other services queued. A failed delivery is retried later with a growing delay, up to MAX_ATTEMPTS;
 * each attempt is claimed first, so an email is never sent twice.
 */
@Injectable()
export class NotificationDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationDispatcher.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    @InjectModel(Notification.name, CORE_DB) private readonly notifications: Model<Notification>,
    @InjectModel(NotificationClaim.name, CORE_DB) private readonly claims: Model<NotificationClaim>,
    private readonly mailer: Mailer,
    private readonly systemLogs: SystemLogsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.dispatchDue()
        .catch((error: unknown) => this.logger.error(`dispatch failed: ${String(error)}`))
        .finally(() => (this.running = undefined));
    }, this.config.notificationDispatchIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Sends every due pending notification once; returns when the batch is done. */
  async dispatchDue(): Promise<void> {
    const due = await this.notifications
      .find({ status: 'pending', nextAttemptAt: { $lte: new Date() } })
      .sort({ nextAttemptAt: 1 })
      .limit(BATCH)
      .exec();
    for (const notification of due) {
      await runWithRequestId(notification.requestId ?? `notification-${notification._id.toString()}`, () =>
        this.deliver(notification),
      );
    }
  }

  private async deliver(notification: NotificationDocument): Promise<void> {
    if (!(await this.claim(`${notification._id.toString()}:${notification.attempts}`))) return;
    notification.attempts += 1;
    try {
      await this.mailer.send({
        to: notification.to,
        subject: notification.subject,
        text: notification.text,
        ...(notification.language ? { language: notification.language } : {}),
      });
      notification.status = 'sent';
      notification.sentAt = new Date();
      notification.error = undefined;
    } catch (error) {
      notification.error = error instanceof Error ? error.message : String(error);
      if (notification.attempts >= MAX_ATTEMPTS) notification.status = 'failed';
      else notification.nextAttemptAt = new Date(Date.now() + this.retryDelayMs(notification.attempts));
      this.logger.warn(
        `email to ${notification.to} failed (attempt ${notification.attempts}): ${notification.error}`,
      );
    }
    // Once no more attempts will be made, the stored copy keeps no usable link.
    if (notification.status !== 'pending') notification.text = redactTokens(notification.text);
    await notification.save();
    if (notification.status !== 'pending') {
      await this.systemLogs.record(`notification.${notification.status}`, 'core-api', {
        notificationId: notification._id.toString(),
        to: notification.to,
        subject: notification.subject,
        attempts: notification.attempts,
        ...(notification.origin ? { origin: notification.origin } : {}),
      });
    }
  }

  private retryDelayMs(attempts: number): number {
    return this.config.notificationDispatchIntervalMs * 2 ** attempts;
  }

  private async claim(id: string): Promise<boolean> {
    try {
      await this.claims.create({ _id: id, claimedAt: new Date() });
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }
}
