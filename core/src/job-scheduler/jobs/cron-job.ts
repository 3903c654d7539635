import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { schedule, type ScheduledTask } from 'node-cron';
import type { JobRunner } from './job-runner.js';

/**
 * A job the Job Scheduler runs on a cron expression, each run recorded in the Core DB `jobs`; runs never
 * overlap. Subclasses say what the job is called, when it runs and what one run does.
 */
export abstract class CronJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(this.constructor.name);
  private task?: ScheduledTask;

  protected constructor(private readonly runner: JobRunner) {}

  protected abstract readonly type: string;
  protected abstract cron(): string;
  /** One run; what it returns is the run's summary. */
  protected abstract execute(): Promise<string>;

  onApplicationBootstrap(): void {
    this.task = schedule(
      this.cron(),
      () =>
        this.runner
          .run(this.type, 'cron', () => this.execute())
          .catch((error: unknown) => this.logger.error(`${this.type}: ${String(error)}`)),
      { name: this.type, noOverlap: true },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task?.destroy();
  }
}
