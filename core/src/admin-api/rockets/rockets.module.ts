import { Module } from '@nestjs/common';
import { CatalogPublishingModule } from '../catalog-publishing/catalog-publishing.module.js';
import { RocketsController } from './rockets.controller.js';
import { RocketsService } from './rockets.service.js';

@Module({
  imports: [CatalogPublishingModule],
  controllers: [RocketsController],
  providers: [RocketsService],
})
export class RocketsModule {}
