import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import pg from 'pg';
import { OPERATIONS_MIGRATIONS } from '../migrations/index.js';
import { createOperationsDataSource } from '../shared/model/operations/operations-data-source.js';
import { insertDemoAccounts } from '../seed/insert-demo-accounts.js';
import { insertSeedData } from '../seed/insert-seed-data.js';
import { testEnv } from './test-env.js';

export interface IsolatedDatabases {
  /** Environment overrides pointing a service at these databases. */
  env: { DATABASE_URL: string; CUSTOMER_DB_URL: string; CORE_DB_URL: string };
  drop(): Promise<void>;
}

/**
 * Fresh databases on the shared test servers, so spec files running in parallel never see each other's data:
 * a PostgreSQL database (migrated unless `migrate: false`, seeded when `seed`) and two Mongo databases
 * (holding the demo accounts when `accounts`, which implies `seed`).
 */
export async function createIsolatedDatabases(
  options: { migrate?: boolean; seed?: boolean; accounts?: boolean } = {},
): Promise<IsolatedDatabases> {
  const suffix = randomBytes(4).toString('hex');
  const pgName = `test_${suffix}`;
  const serverUrl = new URL(testEnv('DATABASE_URL'));
  await adminQuery(serverUrl, `CREATE DATABASE ${pgName}`);
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${pgName}` }).toString();
  const mongoUrl = testEnv('MONGO_URL').replace(/\/+$/, '');
  const env = {
    DATABASE_URL: databaseUrl,
    CUSTOMER_DB_URL: `${mongoUrl}/customer_${suffix}`,
    CORE_DB_URL: `${mongoUrl}/core_${suffix}`,
  };
  if (options.migrate !== false) {
    const dataSource = createOperationsDataSource(databaseUrl, OPERATIONS_MIGRATIONS);
    await dataSource.initialize();
    await dataSource.runMigrations();
    if (options.seed || options.accounts) await insertSeedData(dataSource, new Date());
    if (options.accounts) {
      const coreDb = await mongoose.createConnection(env.CORE_DB_URL).asPromise();
      const customerDb = await mongoose.createConnection(env.CUSTOMER_DB_URL).asPromise();
      await insertDemoAccounts({ dataSource, coreDb, customerDb });
      await Promise.all([coreDb.close(), customerDb.close()]);
    }
    await dataSource.destroy();
  }
  return {
    env,
    drop: async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
      for (const url of [env.CUSTOMER_DB_URL, env.CORE_DB_URL]) {
        const connection = await mongoose.createConnection(url).asPromise();
        await connection.dropDatabase();
        await connection.close();
      }
    },
  };
}

/** Runs a statement on the server's main database (CREATE/DROP DATABASE cannot run inside the target). */
export async function adminQuery(serverUrl: URL | string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: serverUrl.toString() });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}
