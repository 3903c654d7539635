import { DataSource, type DataSourceOptions } from 'typeorm';
import { OPERATIONS_MIGRATIONS } from '../../../migrations/index.js';
import { OPERATIONS_ENTITIES } from './operations-entities.js';

/** Connection options for the Operations DB; the schema comes only from migrations, never from synchronize. */
export function operationsDataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: OPERATIONS_ENTITIES,
    migrations: OPERATIONS_MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    connectTimeoutMS: 5000,
    extra: { max: 10 },
  };
}

export function createOperationsDataSource(databaseUrl: string): DataSource {
  return new DataSource(operationsDataSourceOptions(databaseUrl));
}
