import type { AuthApiClient } from '@astrobookings/openapi';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { AUTH_API_CLIENT } from '../../platform/http/auth-api-client.provider.js';
import { CronJob } from './cron-job.js';
import { JobRunner } from './job-runner.js';

/**
 * On HOUSEKEEPING_CRON, has the Auth API delete expired tokens and ended sessions from the Core DB: FerretDB
 * has no TTL indexes, so nothing else ever removes them.
 */
@Injectable()
export class CredentialHousekeepingJob extends CronJob {
  protected readonly type = 'credential-housekeeping';

  constructor(
    runner: JobRunner,
    @Inject(AUTH_API_CLIENT) private readonly authApi: AuthApiClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(runner);
  }

  protected cron(): string {
    return this.config.housekeepingCron;
  }

  protected async execute(): Promise<string> {
    const { data, response } = await this.authApi.POST('/auth/housekeeping/credentials');
    if (!data) throw new Error(`Auth API answered ${response.status}`);
    return (
      `${data.refreshTokens} refresh token(s), ${data.emailTokens} email token(s), ` +
      `${data.tokenClaims} claim(s), ${data.sessions} session(s) deleted`
    );
  }
}
