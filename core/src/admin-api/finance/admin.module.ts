import { Module } from '@nestjs/common';
import { coreApiClientProvider } from '../../platform/http/core-api-client.provider.js';
import { AdminCatalogService } from './admin-catalog.service.js';
import { AdminController } from './admin.controller.js';
import { AdminSyncService } from '../sync/admin-sync.service.js';

@Module({
  controllers: [AdminController],
  providers: [AdminCatalogService, AdminSyncService, coreApiClientProvider],
})
export class AdminModule {}
