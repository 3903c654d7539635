import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { NoPaymentProvider } from './no-payment-provider.js';
import { PAYMENT_PROVIDER } from './payment-provider.js';
import { PaymentRepository } from './payment.repository.js';
import { SimulatedCardProvider } from './simulated-card-provider.js';

/** The configured payment provider and the payments it records, without the webhook and checkout endpoints. */
@Module({
  providers: [
    PaymentRepository,
    SimulatedCardProvider,
    NoPaymentProvider,
    {
      provide: PAYMENT_PROVIDER,
      inject: [APP_CONFIG, SimulatedCardProvider, NoPaymentProvider],
      useFactory: (config: AppConfig, simulated: SimulatedCardProvider, none: NoPaymentProvider) =>
        config.payments.provider === 'simulated' ? simulated : none,
    },
  ],
  exports: [PAYMENT_PROVIDER, PaymentRepository, SimulatedCardProvider],
})
export class PaymentGatewayModule {}
