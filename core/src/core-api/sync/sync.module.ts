import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogWriter } from './catalog-writer.js';
import { CatalogModule } from '../../shared/model/customer-db/catalog.module.js';
import { Launch } from '../../shared/model/operations/launch.entity.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { SystemLogStoreModule } from '../../shared/system-log-store/system-log-store.module.js';
import { CatalogSyncService } from './catalog-sync.service.js';
import { SyncRun, SyncRunSchema } from '../../shared/model/core-db/sync-run.schema.js';
import { SyncController } from './sync.controller.js';
import { NotificationOutboxModule } from '../../shared/notification-outbox/notification-outbox.module.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Launch]),
    MongooseModule.forFeature([{ name: SyncRun.name, schema: SyncRunSchema }], CORE_DB),
    CatalogModule,
    NotificationsModule,
    NotificationOutboxModule,
    SystemLogStoreModule,
  ],
  controllers: [SyncController],
  providers: [CatalogWriter, CatalogSyncService],
})
export class SyncModule {}
