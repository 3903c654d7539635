import type { CoreApi, CoreApiClient } from '@astrobookings/openapi';
import { BadGatewayException, Inject, Injectable } from '@nestjs/common';
import { CORE_API_CLIENT } from '../../platform/http/core-api-client.provider.js';

type SyncRun = CoreApi.components['schemas']['SyncRunDto'];

/** Asks Core API, which owns synchronisation, to run the catalog sync. */
@Injectable()
export class CatalogSyncService {
  constructor(@Inject(CORE_API_CLIENT) private readonly coreApi: CoreApiClient) {}

  async syncCatalog(): Promise<SyncRun> {
    const { data, response } = await this.coreApi.POST('/sync/catalog');
    if (!data) throw new BadGatewayException(`Core API answered ${response.status} to the catalog sync.`);
    return data;
  }
}
