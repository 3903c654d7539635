import { DataSource, type DataSourceOptions } from 'typeorm';
import { OPERATIONS_ENTITIES } from './operations-entities.js';

/**
 * Connection options for the Operations DB; the schema comes only from migrations, never from synchronize.
 * Services connect without the migrations; only the migrate script and test set-up pass them.
 */
export function operationsDataSourceOptions(
  databaseUrl: string,
  migrations: DataSourceOptions['migrations'] = [],
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: OPERATIONS_ENTITIES,
    migrations,
    synchronize: false,
    migrationsRun: false,
    connectTimeoutMS: 5000,
    extra: { max: 10 },
  };
}

export function createOperationsDataSource(
  databaseUrl: string,
  migrations: DataSourceOptions['migrations'] = [],
): DataSource {
  return new DataSource(operationsDataSourceOptions(databaseUrl, migrations));
}
