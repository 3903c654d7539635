import type { CoreApiClient } from '@astrobookings/openapi';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CORE_API_CLIENT } from '../../platform/http/core-api-client.provider.js';

/**
 * Asks Core API to project changed launches into the public catalog at once. Best effort: a failure is
 * logged and left to the scheduled reconciliation, so an unreachable Core API never undoes a supplier's change.
 */
@Injectable()
export class CatalogPublisher {
  private readonly logger = new Logger(CatalogPublisher.name);

  constructor(@Inject(CORE_API_CLIENT) private readonly coreApi: CoreApiClient) {}

  async publish(launchIds: Iterable<string>): Promise<void> {
    for (const id of new Set(launchIds)) {
      try {
        const { response } = await this.coreApi.POST('/sync/catalog/launches/{id}', {
          params: { path: { id } },
        });
        if (!response.ok) this.logger.warn(`catalog projection of launch ${id} answered ${response.status}`);
      } catch (error) {
        this.logger.warn(`catalog projection of launch ${id} failed: ${(error as Error).message}`);
      }
    }
  }
}
