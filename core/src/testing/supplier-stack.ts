import {
  createAdminApiClient,
  createCustomerApiClient,
  type AdminApiClient,
  type CustomerApiClient,
} from '@astrobookings/openapi';
import { adminApi } from '../apps/admin-api/admin-api.definition.js';
import { coreApi } from '../apps/core-api/core-api.definition.js';
import { customerApi } from '../apps/customer-api/customer-api.definition.js';
import { DEMO_EMAILS, signIn, startAuthApi } from './auth-fixture.js';
import { adminQuery, createIsolatedDatabases, type IsolatedDatabases } from './isolated-databases.js';
import { startService, type RunningService } from './start-service.js';

export interface SupplierStack {
  databases: IsolatedDatabases;
  admin: RunningService;
  core: RunningService;
  authUrl: string;
  /** Admin API as the seeded supplier (Orbital Horizons) and as the platform admin. */
  asSupplier: AdminApiClient;
  asAdmin: AdminApiClient;
  customer: CustomerApiClient;
  supplierId: string;
  supplierToken: string;
  /** Ids of seeded rows by name, e.g. another supplier's rocket. */
  idOf(table: 'rockets' | 'launches' | 'suppliers', nameColumnValue: string): Promise<string>;
  sql(statement: string): Promise<Array<Record<string, unknown>>>;
  stop(): Promise<void>;
}

/** Auth, Core, Customer and Admin APIs on fresh seeded databases, with the demo supplier and admin signed in. */
export async function startSupplierStack(): Promise<SupplierStack> {
  const databases = await createIsolatedDatabases({ accounts: true });
  const auth = await startAuthApi(databases);
  const env = { ...databases.env, AUTH_API_URL: auth.url };
  const core = await startService(coreApi, { ...env, NOTIFICATION_DISPATCH_INTERVAL_MS: '200' });
  const withCore = { ...env, CORE_API_URL: core.url };
  const customer = await startService(customerApi, withCore);
  const admin = await startService(adminApi, withCore);
  const supplier = await signIn(auth.url, DEMO_EMAILS.supplier);
  const platformAdmin = await signIn(auth.url, DEMO_EMAILS.admin);
  const sql = async (statement: string) => (await adminQuery(databases.env.DATABASE_URL, statement)).rows;
  return {
    databases,
    admin,
    core,
    authUrl: auth.url,
    asSupplier: createAdminApiClient({ baseUrl: admin.url, accessToken: supplier.accessToken }),
    asAdmin: createAdminApiClient({ baseUrl: admin.url, accessToken: platformAdmin.accessToken }),
    customer: createCustomerApiClient({ baseUrl: customer.url }),
    supplierId: supplier.user.supplierId!,
    supplierToken: supplier.accessToken,
    sql,
    idOf: async (table, value) => {
      const column = table === 'launches' ? 'mission_name' : 'name';
      const [row] = await sql(`SELECT id FROM ${table} WHERE ${column} = '${value.replace(/'/g, "''")}'`);
      if (!row) throw new Error(`no ${table} row named ${value}`);
      return String(row.id);
    },
    stop: async () => {
      for (const service of [admin, customer, core, auth]) await service.stop();
      await databases.drop();
    },
  };
}
