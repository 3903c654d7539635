import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CORE_DB, MONGO_CONNECT_OPTIONS } from './mongo-connections.js';

/** The mongoose connection to the Core DB: sync runs, jobs, notifications and system logs. */
@Module({
  imports: [
    MongooseModule.forRootAsync({
      connectionName: CORE_DB,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ uri: config.coreDbUrl, ...MONGO_CONNECT_OPTIONS }),
    }),
  ],
})
export class CoreDbModule {}
