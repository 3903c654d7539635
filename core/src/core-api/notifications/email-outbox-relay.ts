import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { languageOf } from '../../shared/model/language.js';
import { NotificationOutbox } from '../../shared/notification-outbox/notification-outbox.js';

const BATCH = 50;

interface StagedEmail {
  id: string;
  key: string;
  to: string;
  subject: string;
  text: string;
  language: string;
}

/**
 * Moves emails staged in the Operations DB outbox (see stageEmail) into the Core DB notification queue: right
 * after a commit that staged one, at start-up and every NOTIFICATION_DISPATCH_INTERVAL_MS. Each row is queued
 * under its key before it is marked relayed, so a crash in between only relays it again, which the key turns
 * into a no-op: no email is lost and none is queued twice.
 */
@Injectable()
export class EmailOutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EmailOutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private requested = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: NotificationOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.relaySoon();
    this.timer = setInterval(() => this.relaySoon(), this.config.notificationDispatchIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /**
   * Starts relaying without making the caller wait (its transaction is committed; a failure here is retried
   * by the interval). A request arriving mid-run triggers one more run, which sees rows the first one missed.
   */
  relaySoon(): void {
    this.requested = true;
    this.running ??= this.drain().finally(() => (this.running = undefined));
  }

  /** Relays every staged email not relayed yet; returns how many it handled. */
  async relayPending(): Promise<number> {
    let relayed = 0;
    for (;;) {
      const staged: StagedEmail[] = await this.dataSource.query(
        `SELECT id, key, "to", subject, text, language FROM email_outbox WHERE relayed_at IS NULL
         ORDER BY created_at LIMIT ${BATCH}`,
      );
      for (const email of staged) {
        await this.outbox.enqueueOnce(
          email.key,
          { to: email.to, subject: email.subject, text: email.text, language: languageOf(email.language) },
          'core-api',
        );
        await this.dataSource.query(`UPDATE email_outbox SET relayed_at = now() WHERE id = $1`, [email.id]);
      }
      relayed += staged.length;
      if (staged.length < BATCH) return relayed;
    }
  }

  private async drain(): Promise<void> {
    while (this.requested) {
      this.requested = false;
      try {
        await this.relayPending();
      } catch (error) {
        this.logger.error(`relaying staged emails failed: ${String(error)}`);
      }
    }
  }
}
