import type { CoreApiClient } from '@astrobookings/openapi';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { CORE_API_CLIENT } from '../../platform/http/core-api-client.provider.js';
import { CronJob } from './cron-job.js';
import { JobRunner } from './job-runner.js';

/**
 * On ANNOUNCEMENT_REPAIR_CRON, has Core API announce recent launches that were never announced: the repair
 * for a new launch whose best-effort announcement from Admin API never reached Core API.
 */
@Injectable()
export class LaunchAnnouncementsJob extends CronJob {
  protected readonly type = 'launch-announcements';

  constructor(
    runner: JobRunner,
    @Inject(CORE_API_CLIENT) private readonly coreApi: CoreApiClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(runner);
  }

  protected cron(): string {
    return this.config.bookings.announcementRepairCron;
  }

  protected async execute(): Promise<string> {
    const { data, response } = await this.coreApi.POST('/notifications/launches/announcements/missed');
    if (!data) throw new Error(`Core API answered ${response.status}`);
    return `${data.launches} launch(es) announced: ${data.vip} VIP and ${data.others} other email(s) queued`;
  }
}
