import type { CoreApiClient } from '@astrobookings/openapi';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CORE_API_CLIENT } from '../../platform/http/core-api-client.provider.js';

/**
 * Asks Core API to cancel and fully refund every booking of an aborted launch. Safe to repeat: Core API only
 * cancels bookings still active. Best effort: when Core API cannot be reached the Job Scheduler's
 * aborted-launch refund job finishes the work, so the abort itself always stands.
 */
@Injectable()
export class AbortRefunds {
  private readonly logger = new Logger(AbortRefunds.name);

  constructor(@Inject(CORE_API_CLIENT) private readonly coreApi: CoreApiClient) {}

  async cancelAll(launchId: string): Promise<void> {
    try {
      const { data, response } = await this.coreApi.POST('/bookings/launches/{id}/cancel-all', {
        params: { path: { id: launchId } },
      });
      if (!data)
        this.logger.warn(`cancelling the bookings of launch ${launchId} answered ${response.status}`);
    } catch (error) {
      this.logger.warn(`cancelling the bookings of launch ${launchId} failed: ${(error as Error).message}`);
    }
  }
}
