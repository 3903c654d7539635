import { Module } from '@nestjs/common';
import { coreApiClientProvider } from '../../platform/http/core-api-client.provider.js';
import { CatalogSyncService } from './catalog-sync.service.js';
import { SyncController } from './sync.controller.js';

/** Lets operations staff start Core API's catalog synchronisation from the back office. */
@Module({
  controllers: [SyncController],
  providers: [CatalogSyncService, coreApiClientProvider],
})
export class SyncModule {}
