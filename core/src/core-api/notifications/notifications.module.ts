import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { SystemLogStoreModule } from '../../shared/system-log-store/system-log-store.module.js';
import { Mailer } from './mailer.js';
import {
  NotificationClaim,
  NotificationClaimSchema,
} from '../../shared/model/core-db/notification-claim.schema.js';
import { NotificationDispatcher } from './notification-dispatcher.js';
import { NotificationQueueController } from './notification-queue.controller.js';
import { NotificationQueueService } from './notification-queue.service.js';
import { Notification, NotificationSchema } from '../../shared/model/core-db/notification.schema.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';

@Module({
  imports: [
    MongooseModule.forFeature(
      [
        { name: Notification.name, schema: NotificationSchema },
        { name: NotificationClaim.name, schema: NotificationClaimSchema },
      ],
      CORE_DB,
    ),
    SystemLogStoreModule,
  ],
  controllers: [NotificationsController, NotificationQueueController],
  providers: [Mailer, NotificationsService, NotificationDispatcher, NotificationQueueService],
  exports: [NotificationsService, Mailer],
})
export class NotificationsModule {}
