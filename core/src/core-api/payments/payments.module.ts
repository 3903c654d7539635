import { Module, type DynamicModule } from '@nestjs/common';
import type { PaymentProviderName } from '../../platform/config/app-config.js';
import { EmailOutboxModule } from '../notifications/email-outbox.module.js';
import { RepositoriesModule } from '../../shared/repositories/repositories.module.js';
import { SystemLogStoreModule } from '../../shared/system-log-store/system-log-store.module.js';
import { BankChecks } from './bank-checks.js';
import { ReceiptIssuingModule } from '../receipts/receipt-issuing.module.js';
import { PaymentGatewayModule } from './payment-gateway.module.js';
import { PaymentWebhooksController } from './payment-webhooks.controller.js';
import { PaymentsService } from './payments.service.js';
import { SimulatedCheckoutController } from './simulated-checkout.controller.js';

/**
 * Payments through the configured provider. The simulated card gateway's checkout pages and webhook are mounted
 * only when it is the provider: otherwise its test card would confirm bookings for free.
 */
@Module({})
export class PaymentsModule {
  static forProvider(provider: PaymentProviderName): DynamicModule {
    return {
      module: PaymentsModule,
      imports: [
        PaymentGatewayModule,
        RepositoriesModule,
        EmailOutboxModule,
        SystemLogStoreModule,
        ReceiptIssuingModule,
      ],
      controllers: provider === 'simulated' ? [PaymentWebhooksController, SimulatedCheckoutController] : [],
      providers: [PaymentsService, BankChecks],
    };
  }
}
