import { Module } from '@nestjs/common';
import { RepositoriesModule } from '../../shared/repositories/repositories.module.js';
import { SystemLogStoreModule } from '../../shared/system-log-store/system-log-store.module.js';
import { PaymentGatewayModule } from '../payments/payment-gateway.module.js';
import { SeatsModule } from '../seats/seats.module.js';
import { BookingCancellationsModule } from './booking-cancellations.module.js';
import { BookingsController } from './bookings.controller.js';
import { BookingsService } from './bookings.service.js';
import { HoldLimits } from './hold-limits.js';

/** The booking engine of Core API (Operations DB is the system of record). */
@Module({
  imports: [
    RepositoriesModule,
    SeatsModule,
    PaymentGatewayModule,
    BookingCancellationsModule,
    SystemLogStoreModule,
  ],
  controllers: [BookingsController],
  providers: [BookingsService, HoldLimits],
})
export class BookingsModule {}
