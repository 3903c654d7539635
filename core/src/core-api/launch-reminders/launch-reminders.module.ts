import { Module } from '@nestjs/common';
import { RepositoriesModule } from '../../shared/repositories/repositories.module.js';
import { SystemLogStoreModule } from '../../shared/system-log-store/system-log-store.module.js';
import { EmailOutboxModule } from '../notifications/email-outbox.module.js';
import { LaunchRemindersController } from './launch-reminders.controller.js';
import { LaunchRemindersService } from './launch-reminders.service.js';

/** Core API side of launch reminders: queues the reminder emails the job asks for. */
@Module({
  imports: [RepositoriesModule, EmailOutboxModule, SystemLogStoreModule],
  controllers: [LaunchRemindersController],
  providers: [LaunchRemindersService],
})
export class LaunchRemindersModule {}
