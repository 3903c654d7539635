import { Module } from '@nestjs/common';
import { coreApiClientProvider } from '../../platform/http/core-api-client.provider.js';
import { CatalogPublisher } from './catalog-publisher.js';

@Module({
  providers: [coreApiClientProvider, CatalogPublisher],
  exports: [CatalogPublisher],
})
export class CatalogPublishingModule {}
