import type { AdminApiClient, AuthApiClient, CoreApiClient } from '@astrobookings/openapi';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { schedule, type ScheduledTask } from 'node-cron';
import { APP_CONFIG } from '../../platform/config/app-config.js';
import type { ScopedConfig } from '../../platform/config/config-scopes.js';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { ADMIN_API_CLIENT } from '../../platform/http/admin-api-client.provider.js';
import { AUTH_API_CLIENT } from '../../platform/http/auth-api-client.provider.js';
import { CORE_API_CLIENT } from '../../platform/http/core-api-client.provider.js';
import { runWithRequestId } from '../../platform/logging/request-context.js';
import { ServiceTokens } from '../../platform/security/service-tokens.js';
import { JobRun } from '../../shared/model/core-db/job-run.schema.js';
import type { Job } from './job.js';
import type { JobContext } from './job-context.js';
import { JOBS } from './jobs.js';

const STARTUP_RETRY_MS = 2000;

/**
 * Runs every job of JOBS on its cron, runs of one job never overlapping, and once at start-up when its row
 * asks. Each run gets its own request id and is recorded in the Core DB `jobs` (start, finish, outcome); a
 * failed run is recorded, never thrown, so one bad run stops nothing.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly context: JobContext;
  private readonly tasks: ScheduledTask[] = [];
  private readonly startupRetries = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(
    @InjectModel(JobRun.name, CORE_DB) private readonly runs: Model<JobRun>,
    @Inject(APP_CONFIG) private readonly config: ScopedConfig<'job-scheduler'>,
    @Inject(CORE_API_CLIENT) coreApi: CoreApiClient,
    @Inject(AUTH_API_CLIENT) authApi: AuthApiClient,
    @Inject(ADMIN_API_CLIENT) adminApi: AdminApiClient,
    serviceTokens: ServiceTokens,
  ) {
    this.context = { coreApi, authApi, adminApi, serviceToken: () => serviceTokens.token() };
  }

  onApplicationBootstrap(): void {
    for (const job of JOBS) {
      if (job.startup) void this.runAtStartup(job, job.startup);
      if (!job.cron) continue;
      const cron = job.cron(this.config);
      this.tasks.push(schedule(cron, () => this.runLogged(job, 'cron'), { name: job.type, noOverlap: true }));
      this.logger.log(`${job.type} scheduled on "${cron}": ${job.summary}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.startupRetries) clearTimeout(timer);
    await Promise.all(this.tasks.map(async (task) => task.destroy()));
  }

  private async runAtStartup(job: Job, ready: NonNullable<Job['startup']>): Promise<void> {
    if (this.stopped) return;
    if (!(await ready(this.context).catch(() => false))) {
      const timer = setTimeout(() => {
        this.startupRetries.delete(timer);
        void this.runAtStartup(job, ready);
      }, STARTUP_RETRY_MS);
      this.startupRetries.add(timer);
      return;
    }
    await this.runLogged(job, 'startup');
  }

  /** Only the record itself can fail here (the Core DB being down): that is logged, as nothing else can. */
  private runLogged(job: Job, trigger: string): Promise<void> {
    return this.run(job, trigger).catch((error: unknown) =>
      this.logger.error(`${job.type} (${trigger}): ${String(error)}`),
    );
  }

  private run(job: Job, trigger: string): Promise<void> {
    const requestId = `job-${randomUUID()}`;
    return runWithRequestId(requestId, async () => {
      const run = await this.runs.create({
        type: job.type,
        trigger,
        status: 'running',
        startedAt: new Date(),
        requestId,
      });
      try {
        const summary = await job.call(this.context, {});
        if (summary) run.summary = summary;
        run.status = 'succeeded';
      } catch (error) {
        run.status = 'failed';
        run.error = error instanceof Error ? error.message : String(error);
        this.logger.warn(`job ${job.type} failed: ${run.error}`);
      }
      run.finishedAt = new Date();
      await run.save();
    });
  }
}
