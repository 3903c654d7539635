import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { schedule, type ScheduledTask } from 'node-cron';
import { JobRunner } from './job-runner.js';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { HOLD_EXPIRY_JOB, HoldExpiryJob } from './hold-expiry.job.js';

/**
 * Runs the hold expiry job on HOLD_EXPIRY_CRON (every minute by default, so a hold outlives its time by a
 * minute at most), recorded like every job in the Core DB `jobs`.
 */
@Injectable()
export class HoldExpiryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(HoldExpiryScheduler.name);
  private task?: ScheduledTask;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runner: JobRunner,
    private readonly job: HoldExpiryJob,
  ) {}

  onApplicationBootstrap(): void {
    this.task = schedule(
      this.config.bookings.holdExpiryCron,
      () =>
        this.runner
          .run(HOLD_EXPIRY_JOB, 'cron', () => this.job.execute())
          .catch((error: unknown) => this.logger.error(`hold expiry: ${String(error)}`)),
      { name: HOLD_EXPIRY_JOB, noOverlap: true },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task?.destroy();
  }
}
