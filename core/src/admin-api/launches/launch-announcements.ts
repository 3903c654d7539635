import type { CoreApiClient } from '@astrobookings/openapi';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CORE_API_CLIENT } from '../../platform/http/core-api-client.provider.js';

/**
 * Asks Core API to announce a new launch to customers (VIPs first). Best effort and safe to repeat: Core API
 * queues the announcement once per customer, and a failure never undoes the supplier's new launch.
 */
@Injectable()
export class LaunchAnnouncements {
  private readonly logger = new Logger(LaunchAnnouncements.name);

  constructor(@Inject(CORE_API_CLIENT) private readonly coreApi: CoreApiClient) {}

  async announce(launchId: string): Promise<void> {
    try {
      const { data, response } = await this.coreApi.POST('/notifications/launches/{id}/announcement', {
        params: { path: { id: launchId } },
      });
      if (!data) this.logger.warn(`announcing launch ${launchId} answered ${response.status}`);
    } catch (error) {
      this.logger.warn(`announcing launch ${launchId} failed: ${(error as Error).message}`);
    }
  }
}
