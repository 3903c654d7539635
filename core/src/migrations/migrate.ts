import { loadConfig } from '../platform/config/load-config.js';
import { OPERATIONS_MIGRATIONS } from './index.js';
import { createOperationsDataSource } from '../shared/model/operations/operations-data-source.js';

/** Applies pending Operations DB migrations, then exits: 0 when the schema is current, 1 on failure. */
async function migrate(): Promise<void> {
  const dataSource = createOperationsDataSource(loadConfig('migrate').databaseUrl, OPERATIONS_MIGRATIONS);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(
      JSON.stringify({ level: 'info', msg: 'migrations applied', applied: applied.map((m) => m.name) }),
    );
  } finally {
    await dataSource.destroy();
  }
}

migrate().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
