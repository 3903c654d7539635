import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailOutboxModule } from '../notifications/email-outbox.module.js';
import { RepositoriesModule } from '../../shared/repositories/repositories.module.js';
import { SystemLogStoreModule } from '../../shared/system-log-store/system-log-store.module.js';
import { PaymentSession } from '../../shared/model/operations/payment-session.entity.js';
import { PAYMENT_PROVIDER } from './payment-provider.js';
import { PaymentWebhooksController } from './payment-webhooks.controller.js';
import { PaymentsService } from './payments.service.js';
import { SimulatedCardProvider } from './simulated-card-provider.js';
import { SimulatedCheckoutController } from './simulated-checkout.controller.js';

/** Payments through the configured provider (the simulated card gateway), its checkout pages and webhooks. */
@Module({
  imports: [
    TypeOrmModule.forFeature([PaymentSession]),
    RepositoriesModule,
    EmailOutboxModule,
    SystemLogStoreModule,
  ],
  controllers: [PaymentWebhooksController, SimulatedCheckoutController],
  providers: [
    SimulatedCardProvider,
    { provide: PAYMENT_PROVIDER, useExisting: SimulatedCardProvider },
    PaymentsService,
  ],
  exports: [PAYMENT_PROVIDER],
})
export class PaymentsModule {}
