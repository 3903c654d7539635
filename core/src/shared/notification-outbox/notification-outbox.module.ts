import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { NotificationKey, NotificationKeySchema } from '../model/core-db/notification-key.schema.js';
import { NotificationOutbox } from './notification-outbox.js';
import { Notification, NotificationSchema } from '../model/core-db/notification.schema.js';

/** Lets any service queue emails in the Core DB outbox without the Notification service's endpoints. */
@Module({
  imports: [
    MongooseModule.forFeature(
      [
        { name: Notification.name, schema: NotificationSchema },
        { name: NotificationKey.name, schema: NotificationKeySchema },
      ],
      CORE_DB,
    ),
  ],
  providers: [NotificationOutbox],
  exports: [NotificationOutbox],
})
export class NotificationOutboxModule {}
