import { Module } from '@nestjs/common';
import { coreApiClientProvider } from '../../platform/http/core-api-client.provider.js';
import { BookingLimitGuard } from './booking-limit.guard.js';
import { CustomerBookingsController } from './customer-bookings.controller.js';
import { CustomerBookingsService } from './customer-bookings.service.js';

/** Customer API bookings: a thin, customer-scoped front of Core API's booking engine. */
@Module({
  controllers: [CustomerBookingsController],
  providers: [coreApiClientProvider, BookingLimitGuard, CustomerBookingsService],
})
export class CustomerBookingsModule {}
