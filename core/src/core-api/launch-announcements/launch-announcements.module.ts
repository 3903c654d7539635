import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Credential, CredentialSchema } from '../../shared/model/core-db/credential.schema.js';
import {
  CustomerProfile,
  CustomerProfileSchema,
} from '../../shared/model/customer-db/customer-profile.schema.js';
import { Launch } from '../../shared/model/operations/launch.entity.js';
import { NotificationOutboxModule } from '../../shared/notification-outbox/notification-outbox.module.js';
import { CORE_DB, CUSTOMER_DB } from '../../platform/database/mongo-connections.js';
import { RepositoriesModule } from '../../shared/repositories/repositories.module.js';
import { SystemLogStoreModule } from '../../shared/system-log-store/system-log-store.module.js';
import { LaunchAnnouncementsController } from './launch-announcements.controller.js';
import { LaunchAnnouncementsService } from './launch-announcements.service.js';

/** Core API side of new-launch announcements (customers in the Customer DB, accounts in the Core DB). */
@Module({
  imports: [
    TypeOrmModule.forFeature([Launch]),
    MongooseModule.forFeature([{ name: Credential.name, schema: CredentialSchema }], CORE_DB),
    MongooseModule.forFeature([{ name: CustomerProfile.name, schema: CustomerProfileSchema }], CUSTOMER_DB),
    NotificationOutboxModule,
    RepositoriesModule,
    SystemLogStoreModule,
  ],
  controllers: [LaunchAnnouncementsController],
  providers: [LaunchAnnouncementsService],
})
export class LaunchAnnouncementsModule {}
