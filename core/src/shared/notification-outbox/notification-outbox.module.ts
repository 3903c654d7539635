import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { Credential, CredentialSchema } from '../model/core-db/credential.schema.js';
import { NotificationKey, NotificationKeySchema } from '../model/core-db/notification-key.schema.js';
import { NotificationOutbox } from './notification-outbox.js';
import { Notification, NotificationSchema } from '../model/core-db/notification.schema.js';
import { RecipientLanguages } from './recipient-languages.js';

/**
 * Lets any service queue emails in the Core DB outbox without the Notification service's endpoints, and look up
 * the language each recipient reads.
 */
@Module({
  imports: [
    MongooseModule.forFeature(
      [
        { name: Notification.name, schema: NotificationSchema },
        { name: NotificationKey.name, schema: NotificationKeySchema },
        { name: Credential.name, schema: CredentialSchema },
      ],
      CORE_DB,
    ),
  ],
  providers: [NotificationOutbox, RecipientLanguages],
  exports: [NotificationOutbox, RecipientLanguages],
})
export class NotificationOutboxModule {}
