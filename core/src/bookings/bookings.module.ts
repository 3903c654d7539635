import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog/catalog.module.js';
import { Launch } from '../launches/launch.entity.js';
import { NotificationOutboxModule } from '../notifications/notification-outbox.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { SystemLogStoreModule } from '../system-logs/system-log-store.module.js';
import { Booking } from './booking.entity.js';
import { BookingsController } from './bookings.controller.js';
import { BookingsService } from './bookings.service.js';
import { CatalogSeats } from './catalog-seats.js';

/** The booking engine of Core API (Operations DB is the system of record). */
@Module({
  imports: [
    TypeOrmModule.forFeature([Booking, Launch]),
    CatalogModule,
    PaymentsModule,
    NotificationOutboxModule,
    SystemLogStoreModule,
  ],
  controllers: [BookingsController],
  providers: [BookingsService, CatalogSeats],
  exports: [CatalogSeats],
})
export class BookingsModule {}
