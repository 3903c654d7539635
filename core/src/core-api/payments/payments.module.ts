import { Module } from '@nestjs/common';
import { EmailOutboxModule } from '../notifications/email-outbox.module.js';
import { RepositoriesModule } from '../../shared/repositories/repositories.module.js';
import { SystemLogStoreModule } from '../../shared/system-log-store/system-log-store.module.js';
import { PAYMENT_PROVIDER } from './payment-provider.js';
import { PaymentWebhooksController } from './payment-webhooks.controller.js';
import { PaymentRepository } from './payment.repository.js';
import { PaymentsService } from './payments.service.js';
import { SimulatedCardProvider } from './simulated-card-provider.js';
import { SimulatedCheckoutController } from './simulated-checkout.controller.js';

/** Payments through the configured provider (the simulated card gateway), its checkout pages and webhooks. */
@Module({
  imports: [RepositoriesModule, EmailOutboxModule, SystemLogStoreModule],
  controllers: [PaymentWebhooksController, SimulatedCheckoutController],
  providers: [
    SimulatedCardProvider,
    { provide: PAYMENT_PROVIDER, useExisting: SimulatedCardProvider },
    PaymentRepository,
    PaymentsService,
  ],
  exports: [PAYMENT_PROVIDER, PaymentRepository],
})
export class PaymentsModule {}
