import { Module } from '@nestjs/common';
import { EmailOutboxModule } from '../notifications/email-outbox.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { RepositoriesModule } from '../../shared/repositories/repositories.module.js';
import { SystemLogStoreModule } from '../../shared/system-log-store/system-log-store.module.js';
import { AbortRefundsService } from '../abort-refunds/abort-refunds.service.js';
import { AbortRefundsController } from '../abort-refunds/abort-refunds.controller.js';
import { BookingsController } from './bookings.controller.js';
import { BookingsService } from './bookings.service.js';
import { SeatsModule } from '../seats/seats.module.js';
import { LaunchRemindersController } from '../launch-reminders/launch-reminders.controller.js';
import { LaunchRemindersService } from '../launch-reminders/launch-reminders.service.js';

/** The booking engine of Core API (Operations DB is the system of record). */
@Module({
  imports: [RepositoriesModule, SeatsModule, PaymentsModule, EmailOutboxModule, SystemLogStoreModule],
  controllers: [AbortRefundsController, LaunchRemindersController, BookingsController],
  providers: [BookingsService, AbortRefundsService, LaunchRemindersService],
})
export class BookingsModule {}
