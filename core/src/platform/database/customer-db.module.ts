import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CUSTOMER_DB, MONGO_CONNECT_OPTIONS } from './mongo-connections.js';

/** The mongoose connection to the Customer DB, which holds the public catalog. */
@Module({
  imports: [
    MongooseModule.forRootAsync({
      connectionName: CUSTOMER_DB,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ uri: config.customerDbUrl, ...MONGO_CONNECT_OPTIONS }),
    }),
  ],
})
export class CustomerDbModule {}
