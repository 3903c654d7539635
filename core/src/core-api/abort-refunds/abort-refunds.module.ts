import { Module } from '@nestjs/common';
import { RepositoriesModule } from '../../shared/repositories/repositories.module.js';
import { BookingCancellationsModule } from '../bookings/booking-cancellations.module.js';
import { AbortRefundsController } from './abort-refunds.controller.js';
import { AbortRefundsService } from './abort-refunds.service.js';

/** Core API side of abort refunds: the repair sweep over every aborted launch. */
@Module({
  imports: [RepositoriesModule, BookingCancellationsModule],
  controllers: [AbortRefundsController],
  providers: [AbortRefundsService],
})
export class AbortRefundsModule {}
