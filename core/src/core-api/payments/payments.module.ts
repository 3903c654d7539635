import { Module } from '@nestjs/common';
import { EmailOutboxModule } from '../notifications/email-outbox.module.js';
import { RepositoriesModule } from '../../shared/repositories/repositories.module.js';
import { SystemLogStoreModule } from '../../shared/system-log-store/system-log-store.module.js';
import { PaymentGatewayModule } from './payment-gateway.module.js';
import { PaymentWebhooksController } from './payment-webhooks.controller.js';
import { PaymentsService } from './payments.service.js';
import { SimulatedCheckoutController } from './simulated-checkout.controller.js';

/** Payments through the configured provider (the simulated card gateway), its checkout pages and webhooks. */
@Module({
  imports: [PaymentGatewayModule, RepositoriesModule, EmailOutboxModule, SystemLogStoreModule],
  controllers: [PaymentWebhooksController, SimulatedCheckoutController],
  providers: [PaymentsService],
})
export class PaymentsModule {}
