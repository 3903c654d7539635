import { Module } from '@nestjs/common';
import { CatalogModule } from '../../shared/model/customer-db/catalog.module.js';
import { CustomerLaunchesController } from './customer-launches.controller.js';
import { CustomerLaunchesService } from './customer-launches.service.js';

@Module({
  imports: [CatalogModule],
  controllers: [CustomerLaunchesController],
  providers: [CustomerLaunchesService],
})
export class CustomerLaunchesModule {}
