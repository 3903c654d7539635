import { Module } from '@nestjs/common';
import { RepositoriesModule } from '../../shared/repositories/repositories.module.js';
import { SystemLogStoreModule } from '../../shared/system-log-store/system-log-store.module.js';
import { EmailOutboxModule } from '../notifications/email-outbox.module.js';
import { PaymentGatewayModule } from '../payments/payment-gateway.module.js';
import { ReceiptIssuingModule } from '../receipts/receipt-issuing.module.js';
import { SeatsModule } from '../seats/seats.module.js';
import { BookingCancellations } from './booking-cancellations.js';

/** Cancellations with their refunds, without the booking endpoints: the bookings and abort-refunds use it. */
@Module({
  imports: [
    RepositoriesModule,
    SeatsModule,
    PaymentGatewayModule,
    EmailOutboxModule,
    SystemLogStoreModule,
    ReceiptIssuingModule,
  ],
  providers: [BookingCancellations],
  exports: [BookingCancellations],
})
export class BookingCancellationsModule {}
