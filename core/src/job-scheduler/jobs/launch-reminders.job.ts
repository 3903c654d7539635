import type { CoreApiClient } from '@astrobookings/openapi';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { CORE_API_CLIENT } from '../../platform/http/core-api-client.provider.js';
import { CronJob } from './cron-job.js';
import { JobRunner } from './job-runner.js';

/** On REMINDER_CRON, has Core API queue the reminders of launches lifting off within REMINDER_LEAD_HOURS. */
@Injectable()
export class LaunchRemindersJob extends CronJob {
  protected readonly type = 'launch-reminders';

  constructor(
    runner: JobRunner,
    @Inject(CORE_API_CLIENT) private readonly coreApi: CoreApiClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(runner);
  }

  protected cron(): string {
    return this.config.bookings.reminderCron;
  }

  protected async execute(): Promise<string> {
    const { data, response } = await this.coreApi.POST('/bookings/reminders');
    if (!data) throw new Error(`Core API answered ${response.status}`);
    return `${data.queued} reminder(s) queued`;
  }
}
