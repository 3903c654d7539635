import { Module } from '@nestjs/common';
import { BookingRepository } from './booking.repository.js';
import { ConfirmedTripsRepository } from './confirmed-trips.repository.js';
import { CustomerHoldsRepository } from './customer-holds.repository.js';
import { SupplierFlightsRepository } from './supplier-flights.repository.js';

/** The owners of the bookings tables' SQL, for every service that reads or writes bookings. */
@Module({
  providers: [
    BookingRepository,
    ConfirmedTripsRepository,
    CustomerHoldsRepository,
    SupplierFlightsRepository,
  ],
  exports: [BookingRepository, ConfirmedTripsRepository, CustomerHoldsRepository, SupplierFlightsRepository],
})
export class RepositoriesModule {}
