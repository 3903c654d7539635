import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CUSTOMER_DB } from '../../../platform/database/mongo-connections.js';
import { CatalogLaunch, CatalogLaunchSchema } from './catalog-launch.schema.js';

/** The public catalog collection in the Customer DB. */
@Module({
  imports: [
    MongooseModule.forFeature([{ name: CatalogLaunch.name, schema: CatalogLaunchSchema }], CUSTOMER_DB),
  ],
  exports: [MongooseModule],
})
export class CatalogModule {}
