import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { schedule, type ScheduledTask } from 'node-cron';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { CATALOG_SYNC_JOB, CatalogSyncJob } from './catalog-sync.job.js';
import { JobRunner } from './job-runner.js';

const STARTUP_RETRY_MS = 2000;

/** Syncs the catalog once at start-up (waiting for Core API and the Auth API) and then on SYNC_CRON. */
@Injectable()
export class Scheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Scheduler.name);
  private task?: ScheduledTask;
  private stopped = false;
  private retryTimer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runner: JobRunner,
    private readonly catalogSync: CatalogSyncJob,
  ) {}

  onApplicationBootstrap(): void {
    void this.syncAtStartup();
    this.task = schedule(
      this.config.syncCron,
      () =>
        this.syncCatalog('cron').catch((error: unknown) => this.logger.error(`cron sync: ${String(error)}`)),
      {
        name: CATALOG_SYNC_JOB,
        noOverlap: true,
      },
    );
    this.logger.log(`catalog sync scheduled on "${this.config.syncCron}"`);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.task?.destroy();
  }

  private async syncAtStartup(): Promise<void> {
    if (this.stopped) return;
    if (!(await this.catalogSync.canRun())) {
      this.retryTimer = setTimeout(() => void this.syncAtStartup(), STARTUP_RETRY_MS);
      return;
    }
    await this.syncCatalog('startup').catch((error: unknown) =>
      this.logger.error(`start-up sync: ${String(error)}`),
    );
  }

  private syncCatalog(trigger: string): Promise<boolean> {
    return this.runner.run(CATALOG_SYNC_JOB, trigger, () => this.catalogSync.execute());
  }
}
