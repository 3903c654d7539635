import { Module } from '@nestjs/common';
import { coreApiClientProvider } from '../../platform/http/core-api-client.provider.js';
import { CustomerReceiptsController } from './customer-receipts.controller.js';
import { CustomerReceiptsService } from './customer-receipts.service.js';

/** Customer API receipts: the list from Core API, and each one drawn as a PDF. */
@Module({
  controllers: [CustomerReceiptsController],
  providers: [coreApiClientProvider, CustomerReceiptsService],
})
export class CustomerReceiptsModule {}
