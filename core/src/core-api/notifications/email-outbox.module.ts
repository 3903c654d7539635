import { Module } from '@nestjs/common';
import { EmailOutboxRelay } from './email-outbox-relay.js';
import { NotificationOutboxModule } from '../../shared/notification-outbox/notification-outbox.module.js';

/** The Operations DB email outbox and its relay into the Core DB notification queue (Core API only),
 * and the recipients' languages that the staged emails are written in. */
@Module({
  imports: [NotificationOutboxModule],
  providers: [EmailOutboxRelay],
  exports: [EmailOutboxRelay, NotificationOutboxModule],
})
export class EmailOutboxModule {}
