import { Module } from '@nestjs/common';
import { PAYMENT_PROVIDER } from './payment-provider.js';
import { PaymentRepository } from './payment.repository.js';
import { SimulatedCardProvider } from './simulated-card-provider.js';

/** The configured payment provider and the payments it records, without the webhook and checkout endpoints. */
@Module({
  providers: [
    PaymentRepository,
    SimulatedCardProvider,
    { provide: PAYMENT_PROVIDER, useExisting: SimulatedCardProvider },
  ],
  exports: [PAYMENT_PROVIDER, PaymentRepository, SimulatedCardProvider],
})
export class PaymentGatewayModule {}
