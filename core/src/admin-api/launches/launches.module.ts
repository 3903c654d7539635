import { Module } from '@nestjs/common';
import { NotificationOutboxModule } from '../../shared/notification-outbox/notification-outbox.module.js';
import { RepositoriesModule } from '../../shared/repositories/repositories.module.js';
import { coreApiClientProvider } from '../../platform/http/core-api-client.provider.js';
import { InvoicesModule } from '../invoices/invoices.module.js';
import { AbortRefunds } from './abort-refunds.js';
import { LaunchAnnouncements } from './launch-announcements.js';
import { CatalogPublishingModule } from '../catalog-publishing/catalog-publishing.module.js';
import { LaunchLifecycleService } from './launch-lifecycle.service.js';
import { LaunchManifestService } from './launch-manifest.service.js';
import { LaunchNotifier } from './launch-notifier.js';
import { LaunchesController } from './launches.controller.js';
import { LaunchesService } from './launches.service.js';

@Module({
  imports: [CatalogPublishingModule, InvoicesModule, NotificationOutboxModule, RepositoriesModule],
  controllers: [LaunchesController],
  providers: [
    coreApiClientProvider,
    LaunchesService,
    LaunchLifecycleService,
    LaunchNotifier,
    LaunchManifestService,
    AbortRefunds,
    LaunchAnnouncements,
  ],
})
export class LaunchesModule {}
