import type { CoreApiClient } from '@astrobookings/openapi';
import { Inject, Injectable } from '@nestjs/common';
import { CORE_API_CLIENT } from '../../platform/http/core-api-client.provider.js';
import { ServiceTokens } from '../../platform/security/service-tokens.js';

export const CATALOG_SYNC_JOB = 'catalog-sync';

/** Asks Core API to project launches into the catalog; a failed run is an error for the job record. */
@Injectable()
export class CatalogSyncJob {
  constructor(
    @Inject(CORE_API_CLIENT) private readonly coreApi: CoreApiClient,
    private readonly serviceTokens: ServiceTokens,
  ) {}

  /**
   * True once Core API answers and the Auth API hands out this service's token, so the first run is not
   * recorded as a failure while the system is still starting.
   */
  async canRun(): Promise<boolean> {
    try {
      await this.serviceTokens.token();
      const { response } = await this.coreApi.GET('/health/live');
      return response.ok;
    } catch {
      return false;
    }
  }

  /** Runs the sync and says what the reconciliation fixed, for the job record. */
  async execute(): Promise<string> {
    const { data, response } = await this.coreApi.POST('/sync/catalog');
    if (!data) throw new Error(`Core API answered ${response.status}`);
    if (data.status === 'failed')
      throw new Error(`catalog sync ${data.id} failed: ${data.error ?? 'unknown error'}`);
    return `sync run ${data.id}: ${data.upserted} created, ${data.modified} modified, ${data.removed} removed`;
  }
}
