import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog/catalog.module.js';
import { Launch } from '../launches/launch.entity.js';
import { EmailOutboxModule } from '../notifications/email-outbox.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { SystemLogStoreModule } from '../system-logs/system-log-store.module.js';
import { AbortedLaunchSweep } from './aborted-launch-sweep.service.js';
import { AbortedLaunchesController } from './aborted-launches.controller.js';
import { Booking } from './booking.entity.js';
import { BookingsController } from './bookings.controller.js';
import { BookingsService } from './bookings.service.js';
import { CatalogSeats } from './catalog-seats.js';
import { LaunchRemindersController } from './launch-reminders.controller.js';
import { LaunchReminders } from './launch-reminders.service.js';

/** The booking engine of Core API (Operations DB is the system of record). */
@Module({
  imports: [
    TypeOrmModule.forFeature([Booking, Launch]),
    CatalogModule,
    PaymentsModule,
    EmailOutboxModule,
    SystemLogStoreModule,
  ],
  controllers: [AbortedLaunchesController, LaunchRemindersController, BookingsController],
  providers: [BookingsService, CatalogSeats, AbortedLaunchSweep, LaunchReminders],
  exports: [CatalogSeats],
})
export class BookingsModule {}
