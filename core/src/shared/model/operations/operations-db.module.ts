import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../../../platform/config/app-config.js';
import { operationsDataSourceOptions } from './operations-data-source.js';

/** The TypeORM connection to the Operations DB (PostgreSQL). */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...operationsDataSourceOptions(config.databaseUrl),
        retryAttempts: 5,
        retryDelay: 1000,
      }),
    }),
  ],
})
export class OperationsDbModule {}
