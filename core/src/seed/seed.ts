import 'reflect-metadata';
import mongoose from 'mongoose';
import { insertDemoBookings } from './insert-demo-bookings.js';
import { loadConfig } from '../platform/config/load-config.js';
import { createOperationsDataSource } from '../shared/model/operations/operations-data-source.js';
import { insertDemoAccounts } from './insert-demo-accounts.js';
import { insertDemoInvoices } from './insert-demo-invoices.js';
import { insertSeedData } from './insert-seed-data.js';

/** Writes the demo data and demo accounts into empty databases, then exits; keeps whatever exists. */
async function seed(): Promise<void> {
  const config = loadConfig('seed');
  const dataSource = createOperationsDataSource(config.databaseUrl);
  await dataSource.initialize();
  const coreDb = await mongoose.createConnection(config.coreDbUrl).asPromise();
  const customerDb = await mongoose.createConnection(config.customerDbUrl).asPromise();
  try {
    const inserted = await insertSeedData(dataSource, new Date());
    console.log(
      JSON.stringify({ level: 'info', msg: inserted ? 'seed data inserted' : 'seed skipped: data exists' }),
    );
    // Demo accounts share a published password: production databases get them only when asked for explicitly.
    if (config.seedDemoAccounts) {
      const accounts = await insertDemoAccounts({ dataSource, coreDb, customerDb });
      console.log(JSON.stringify({ level: 'info', msg: 'demo accounts', inserted: accounts }));
      const bookings = await insertDemoBookings(dataSource, coreDb);
      console.log(JSON.stringify({ level: 'info', msg: 'demo bookings', inserted: bookings }));
      const invoices = await insertDemoInvoices(dataSource, coreDb);
      console.log(JSON.stringify({ level: 'info', msg: 'demo invoices', inserted: invoices }));
    } else {
      console.log(
        JSON.stringify({ level: 'info', msg: 'demo accounts skipped (SEED_DEMO_ACCOUNTS is not true)' }),
      );
    }
  } finally {
    await Promise.all([dataSource.destroy(), coreDb.close(), customerDb.close()]);
  }
}

seed().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
