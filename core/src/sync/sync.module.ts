import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogWriter } from '../catalog/catalog-writer.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { Launch } from '../launches/launch.entity.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { CORE_DB } from '../platform/database/mongo-connections.js';
import { SystemLogStoreModule } from '../system-logs/system-log-store.module.js';
import { CatalogSyncService } from './catalog-sync.service.js';
import { SyncRun, SyncRunSchema } from './sync-run.schema.js';
import { SyncController } from './sync.controller.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Launch]),
    MongooseModule.forFeature([{ name: SyncRun.name, schema: SyncRunSchema }], CORE_DB),
    CatalogModule,
    NotificationsModule,
    SystemLogStoreModule,
  ],
  controllers: [SyncController],
  providers: [CatalogWriter, CatalogSyncService],
})
export class SyncModule {}
