import { Module } from '@nestjs/common';
import { CatalogPublishingModule } from '../catalog-publishing/catalog-publishing.module.js';
import { SupplierProfileController } from './supplier-profile.controller.js';
import { SupplierProfileService } from './supplier-profile.service.js';

@Module({
  imports: [CatalogPublishingModule],
  controllers: [SupplierProfileController],
  providers: [SupplierProfileService],
})
export class SuppliersModule {}
