import type { CoreApiClient } from '@astrobookings/openapi';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { CORE_API_CLIENT } from '../../platform/http/core-api-client.provider.js';
import { CronJob } from './cron-job.js';
import { JobRunner } from './job-runner.js';

/**
 * On ABORTED_LAUNCH_REFUND_CRON, has Core API cancel and refund bookings still active on aborted launches:
 * the repair for an abort whose own cancel-all call never reached Core API.
 */
@Injectable()
export class AbortRefundsJob extends CronJob {
  protected readonly type = 'aborted-launch-refunds';

  constructor(
    runner: JobRunner,
    @Inject(CORE_API_CLIENT) private readonly coreApi: CoreApiClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(runner);
  }

  protected cron(): string {
    return this.config.bookings.abortedLaunchRefundCron;
  }

  protected async execute(): Promise<string> {
    const { data, response } = await this.coreApi.POST('/bookings/aborted-launches/cancel-all');
    if (!data) throw new Error(`Core API answered ${response.status}`);
    return `${data.cancelled} booking(s) cancelled on ${data.launches} aborted launch(es)`;
  }
}
